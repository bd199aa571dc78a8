package io.aisle.ltv.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.ltv.features.CustomerHistory;
import io.aisle.ltv.features.FeatureConfig;
import io.aisle.ltv.features.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StackedZilnFitTest {

    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant END = START.plus(Duration.ofDays(300));

    @Test
    void trainsOnTheRowsOfEverySnapshotAndScoresAtTheEnd() {
        List<CustomerHistory> customers = customers(200);
        List<TrainingSnapshot> snapshots = new TrainingWindows(Duration.ofDays(60), Duration.ofDays(30), 3)
                .snapshots(customers, END);
        int rows = snapshots.stream().mapToInt(TrainingSnapshot::size).sum();

        try (ZilnModel model = ZilnModel.fit(snapshots, FeatureConfig.purchasesOnly(),
                ZilnConfig.defaults().withMaxEpochs(3)).model()) {
            double[] predicted = model.expectedValues(customers, END);

            assertTrue(rows > customers.size(), "stacking adds rows: " + rows);
            assertEquals(customers.size(), predicted.length);
            assertTrue(Arrays.stream(predicted).allMatch(v -> Double.isFinite(v) && v >= 0));
        }
    }

    /** Weekly-ish shoppers acquired over the first 100 days. */
    private static List<CustomerHistory> customers(int n) {
        Random random = new Random(3);
        List<CustomerHistory> customers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Transaction> orders = new ArrayList<>();
            for (int d = random.nextInt(100); d < 300; d += 1 + random.nextInt(40)) {
                orders.add(new Transaction(START.plus(Duration.ofDays(d)), 10 + 50 * random.nextDouble(), 1));
            }
            customers.add(new CustomerHistory("c" + i, orders));
        }
        return customers;
    }
}
