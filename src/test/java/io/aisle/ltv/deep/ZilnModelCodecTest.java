package io.aisle.ltv.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.aisle.ltv.features.CustomerHistory;
import io.aisle.ltv.features.FeatureBuilder;
import io.aisle.ltv.features.FeatureConfig;
import io.aisle.ltv.features.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ZilnModelCodecTest {

    private static final Instant CUTOFF = Instant.parse("2024-06-01T00:00:00Z");

    @Test
    void aSavedAndLoadedModelPredictsExactlyTheSame() {
        List<CustomerHistory> customers = customers(300);
        double[] labels = FeatureBuilder.labels(customers, CUTOFF, CUTOFF.plus(Duration.ofDays(90)));
        FeatureConfig features = new FeatureConfig(2, false);
        ZilnConfig config = ZilnConfig.defaults().withMaxEpochs(3);

        try (ZilnModel trained = ZilnModel.fit(customers, CUTOFF, labels, features, config).model();
             ZilnModel loaded = ZilnModelCodec.fromBytes(ZilnModelCodec.toBytes(trained))) {
            assertArrayEquals(trained.expectedValues(customers, CUTOFF), loaded.expectedValues(customers, CUTOFF));
            assertEquals(trained.features().names(), loaded.features().names());
            assertEquals(config, loaded.network().config());
        }
    }

    @Test
    void bytesThatAreNotAModelAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ZilnModelCodec.fromBytes(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
        assertThrows(IllegalArgumentException.class, () -> ZilnModelCodec.fromBytes(new byte[0]));
    }

    @Test
    void aTruncatedModelIsRejected() {
        List<CustomerHistory> customers = customers(50);
        double[] labels = FeatureBuilder.labels(customers, CUTOFF, CUTOFF.plus(Duration.ofDays(90)));
        try (ZilnModel trained = ZilnModel.fit(customers, CUTOFF, labels, FeatureConfig.purchasesOnly(),
                ZilnConfig.defaults().withMaxEpochs(1)).model()) {
            byte[] bytes = ZilnModelCodec.toBytes(trained);
            assertThrows(IllegalArgumentException.class,
                    () -> ZilnModelCodec.fromBytes(Arrays.copyOf(bytes, bytes.length - 10)));
        }
    }

    /** Random shoppers with orders both sides of the cutoff, some with categories and returns. */
    static List<CustomerHistory> customers(int n) {
        Random random = new Random(5);
        List<String> categories = List.of("books", "toys", "games");
        List<CustomerHistory> customers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Transaction> orders = new ArrayList<>();
            int count = 1 + random.nextInt(6);
            for (int k = 0; k < count; k++) {
                Instant time = CUTOFF.minus(Duration.ofDays(300)).plus(Duration.ofDays(random.nextInt(390)));
                double amount = random.nextInt(10) == 0 ? -5 : 5 + 100 * random.nextDouble();
                orders.add(new Transaction(time, amount, 1 + random.nextInt(4),
                        List.of(categories.get(random.nextInt(3)))));
            }
            orders.add(new Transaction(CUTOFF.minus(Duration.ofDays(301)), 10, 1));
            customers.add(new CustomerHistory("c" + i, orders));
        }
        return customers;
    }
}
