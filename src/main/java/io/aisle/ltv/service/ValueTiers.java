package io.aisle.ltv.service;

import io.aisle.ltv.model.CustomerSummary;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Value tiers by predicted value: the top 5 %, the next 15 % (top 20 %), the rest; customers who
 * bought once, recently, are "new" whatever their early estimate, since one order says little yet.
 */
final class ValueTiers {

    private ValueTiers() {
    }

    static String[] assign(double[] predictedValue, CustomerSummary[] customers, double newCustomerWeeks) {
        int n = predictedValue.length;
        Integer[] byValue = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(byValue, Comparator.comparingDouble((Integer i) -> predictedValue[i]).reversed());
        String[] tiers = new String[n];
        for (int rank = 0; rank < n; rank++) {
            int i = byValue[rank];
            CustomerSummary c = customers[i];
            if (c.frequency() == 0 && c.age() <= newCustomerWeeks) {
                tiers[i] = "new";
            } else if (rank < Math.ceil(n * 0.05)) {
                tiers[i] = "top5";
            } else if (rank < Math.ceil(n * 0.20)) {
                tiers[i] = "top20";
            } else {
                tiers[i] = "rest";
            }
        }
        return tiers;
    }

    /**
     * Churn risk: the chance of no purchase in the next window, exp(−E[Y]) as for a Poisson count with
     * the customer's expected purchases. Unlike 1 − P(alive) it is also meaningful for one-time buyers,
     * whom the BG/NBD always deems alive.
     */
    static double churnRisk(double expectedPurchases) {
        return Math.exp(-Math.max(0, expectedPurchases));
    }
}
