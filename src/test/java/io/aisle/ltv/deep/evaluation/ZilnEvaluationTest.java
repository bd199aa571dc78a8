package io.aisle.ltv.deep.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.ltv.deep.ZilnConfig;
import io.aisle.ltv.features.CustomerHistory;
import io.aisle.ltv.features.Transaction;
import io.aisle.ltv.features.datasets.Dataset;
import io.aisle.ltv.features.datasets.EvaluationSplit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ZilnEvaluationTest {

    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void buildsTheTrainAndTestPopulationsFromTheirCutoffs() {
        Dataset dataset = dataset(400);
        EvaluationData data = EvaluationData.of(dataset);

        // customers acquired after the training cutoff are scored but not trained on
        assertTrue(data.train().size() < data.test().size());
        assertEquals(dataset.customers().stream().filter(c -> c.hasTransactionBefore(dataset.split().cutoff())).count(),
                data.test().size());
        assertEquals(data.test().size(), data.lastPeriodValues().length);
    }

    @Test
    void reportsMetricsForTheBaselineAndTheZiln() {
        EvaluationResult result = ZilnEvaluation.run(dataset(600), EvaluationConfig.defaults());

        assertEquals(600, result.testCustomers());
        assertTrue(result.holdoutTotal() > 0);
        assertTrue(result.ziln().gini() > 0.4, "ZILN should rank frequent shoppers first: " + result.ziln());
        assertTrue(Math.abs(result.ziln().totalError()) < 1.5, "total within a factor of 2.5: " + result.ziln());
        assertTrue(Double.isFinite(result.baseline().spearman()));
        assertTrue(result.epochs() >= 1 && result.epochs() <= ZilnConfig.defaults().maxEpochs());
    }

    /** Shoppers with a personal weekly purchase rate and basket value, acquired over the first 120 days. */
    private static Dataset dataset(int n) {
        Random random = new Random(11);
        List<CustomerHistory> customers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double weeklyRate = random.nextDouble() < 0.4 ? 0.02 : 0.3 * random.nextDouble();
            double basket = 20 + 80 * random.nextDouble();
            List<Transaction> orders = new ArrayList<>();
            int firstDay = random.nextInt(120);
            orders.add(new Transaction(START.plus(Duration.ofDays(firstDay)), basket, 1));
            for (int d = firstDay + 1; d < 360; d++) {
                if (random.nextDouble() < weeklyRate / 7) {
                    orders.add(new Transaction(START.plus(Duration.ofDays(d)), basket * (0.5 + random.nextDouble()), 2));
                }
            }
            customers.add(new CustomerHistory("c" + i, orders));
        }
        return new Dataset("synthetic", customers, new EvaluationSplit(START.plus(Duration.ofDays(90)),
                START.plus(Duration.ofDays(240)), START.plus(Duration.ofDays(360))));
    }
}
