package io.aisle.ltv.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Frequent buyers push every factor of eqs. 6 and 10 out of double range (Γ(r+300), (α+T)^−300,
 * 2F1 with parameters near 300); the log-space and Euler-transformed forms must still give the
 * values mpmath computes at 40 digits from the equations as printed.
 */
class BgNbdNumericalStabilityTest {

    private static final BgNbdModel CDNOW = new BgNbdModel(0.2426, 4.4137, 0.7930, 2.4262);

    @Test
    void customerWith300PurchasesHasTheExactLikelihoodAndExpectations() {
        // x = 300 over two years in weeks, last purchase 4 weeks ago
        assertEquals(4.1955325017535508, CDNOW.logLikelihood(300, 100, 104), 1e-9);
        assertEquals(0.0047410963556413159, CDNOW.probabilityAlive(300, 100, 104), 1e-15);
        assertEquals(0.58148794770280408, CDNOW.conditionalExpectedPurchases(52, 300, 100, 104), 1e-12);
    }

    @Test
    void lapsedFrequentBuyerIsAlmostSurelyGoneWithoutUnderflowingToNaN() {
        // same customer, but silent for 44 weeks: P(alive) ≈ 5e-66
        assertEquals(4.9349009869115756e-66, CDNOW.probabilityAlive(300, 60, 104), 1e-78);
        assertEquals(6.0525777831562192e-64, CDNOW.conditionalExpectedPurchases(52, 300, 60, 104), 1e-75);
        assertEquals(149.21832915875677, CDNOW.logLikelihood(300, 60, 104), 1e-9);
    }

    @Test
    void tenThousandPurchasesStayFinite() {
        assertEquals(2014.0390263092204, CDNOW.logLikelihood(10_000, 3000, 3000), 1e-8);
        assertEquals(0.99992071759435146, CDNOW.probabilityAlive(10_000, 3000, 3000), 1e-14);
        assertEquals(1160.2238188415193, CDNOW.conditionalExpectedPurchases(365, 10_000, 3000, 3000), 1e-8);
    }

    @Test
    void probabilitiesStayInTheUnitIntervalAcrossExtremeHistories() {
        for (int x : new int[] {1, 10, 300, 5000}) {
            for (double T : new double[] {x, 10.0 * x, 1000.0 * x}) {
                for (double tx : new double[] {0, T / 2, T}) {
                    double alive = CDNOW.probabilityAlive(x, tx, T);
                    double expected = CDNOW.conditionalExpectedPurchases(52, x, tx, T);
                    assertTrue(alive >= 0 && alive <= 1, "P(alive) " + alive + " for " + x + ", " + tx + ", " + T);
                    assertTrue(expected >= 0 && Double.isFinite(expected), "E " + expected);
                    assertTrue(Double.isFinite(CDNOW.logLikelihood(x, tx, T)));
                }
            }
        }
    }
}
