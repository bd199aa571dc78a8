package io.aisle.ltv.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.ltv.metrics.LtvMetrics;
import io.aisle.ltv.model.CustomerSummary;
import org.junit.jupiter.api.Test;

class PromotionAndTiersTest {

    private final PromotionPolicy policy = new PromotionPolicy(0.02);

    @Test
    void firstModelIsAlwaysPromoted() {
        assertTrue(policy.promote(new LtvMetrics(0.4, 0.3, 0.2, 0.1), null));
    }

    @Test
    void candidateWithinToleranceIsPromotedAndClearlyWorseIsNot() {
        LtvMetrics active = new LtvMetrics(0.60, 0.50, 0.2, 0.1);
        assertTrue(policy.promote(new LtvMetrics(0.59, 0.49, 0.3, 0.2), active));
        assertFalse(policy.promote(new LtvMetrics(0.55, 0.52, 0.1, 0.0), active), "Gini dropped by 0.05");
        assertFalse(policy.promote(new LtvMetrics(0.70, 0.40, 0.1, 0.0), active), "Spearman dropped by 0.10");
        assertFalse(policy.promote(new LtvMetrics(Double.NaN, 0.60, 0.1, 0.0), active));
    }

    @Test
    void tiersFollowPredictedValueAndRecentOneTimeBuyersAreNew() {
        double[] value = new double[40];
        CustomerSummary[] customers = new CustomerSummary[40];
        for (int i = 0; i < 40; i++) {
            value[i] = i;
            customers[i] = new CustomerSummary("c" + i, 2, 20, 40, 10);
        }
        customers[0] = new CustomerSummary("c0", 0, 0, 5, 0);     // bought once, 5 weeks ago
        String[] tiers = ValueTiers.assign(value, customers, 13);
        assertEquals("new", tiers[0]);
        assertArrayEquals(new String[] {"top5", "top5"}, new String[] {tiers[39], tiers[38]});
        assertEquals("top20", tiers[37]);
        assertEquals("top20", tiers[32]);
        assertEquals("rest", tiers[31]);
    }

    @Test
    void churnRiskIsTheChanceOfNoPurchaseInTheWindow() {
        assertEquals(1.0, ValueTiers.churnRisk(0), 1e-12);
        assertEquals(Math.exp(-2), ValueTiers.churnRisk(2), 1e-12);
    }
}
