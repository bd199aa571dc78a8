package io.aisle.ltv.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Closed-form values worked out by hand from eqs. 6, 9 and 10 of Fader, Hardie &amp; Lee (2005) with
 * r = α = 1, a = b = 2, where the gamma and beta functions are small factorials and the 2F1 terms are
 * elementary: 2F1(1, 2; 3; z) = −2(z + ln(1−z))/z² and 2F1(2, 3; 4; z) = 3 Σ (n+1)/(n+3) zⁿ.
 */
class BgNbdModelTest {

    private static final BgNbdModel SIMPLE = new BgNbdModel(1, 1, 2, 2);
    private static final double EXACT = 1e-13;

    @Test
    void customerWithoutRepeatPurchasesIsCertainlyAlive() {
        assertEquals(1.0, SIMPLE.probabilityAlive(0, 0, 10));
        assertEquals(1.0, new BgNbdModel(0.24, 4.4, 0.79, 2.4).probabilityAlive(0, 0, 1000));
    }

    @Test
    void probabilityAliveMatchesHandComputedOdds() {
        // x = 1, tx = 1, T = 2: odds dead = a/(b+x−1) · ((α+T)/(α+tx))^(r+x) = 2/2 · (3/2)² = 9/4
        assertEquals(1 / (1 + 9.0 / 4), SIMPLE.probabilityAlive(1, 1, 2), EXACT);
        // bought at the very end (tx = T): odds a/(b+x−1) = 2/3
        assertEquals(1 / (1 + 2.0 / 3), SIMPLE.probabilityAlive(2, 5, 5), EXACT);
    }

    @Test
    void logLikelihoodMatchesHandComputedValues() {
        // x = 0, T = 1: A1 = Γ(1)·1/Γ(1) = 1, A2 = 1, A3 = (1/(1+1))¹ → L = 1/2
        assertEquals(Math.log(0.5), SIMPLE.logLikelihood(0, 0, 1), EXACT);
        // x = 1, tx = 1, T = 2: A1 = 1, A2 = Γ(4)Γ(3)/(Γ(2)Γ(5)) = 1/2, A3 = 1/9, A4 = (2/2)(1/2)² → L = 13/72
        assertEquals(Math.log(13.0 / 72), SIMPLE.logLikelihood(1, 1, 2), EXACT);
    }

    @Test
    void totalLogLikelihoodSumsTheCustomers() {
        List<CustomerSummary> customers = List.of(
                new CustomerSummary("a", 0, 0, 1, 0), new CustomerSummary("b", 1, 1, 2, 0),
                new CustomerSummary("c", 1, 1, 2, 0));
        assertEquals(Math.log(0.5) + 2 * Math.log(13.0 / 72), SIMPLE.logLikelihood(customers), EXACT);
    }

    @Test
    void expectedPurchasesMatchesEquation9ByHand() {
        // t = 1: z = 1/2, (a+b−1)/(a−1) = 3, (α/(α+t))^r = 1/2, 2F1(1, 2; 3; 1/2) = 8(ln 2 − 1/2)
        // E[X(1)] = 3(1 − 4(ln 2 − 1/2)) = 9 − 12 ln 2
        assertEquals(9 - 12 * Math.log(2), SIMPLE.expectedPurchases(1), EXACT);
        assertEquals(0.0, SIMPLE.expectedPurchases(0), EXACT);
    }

    @Test
    void conditionalExpectationMatchesEquation10ByHandForANonRepeater() {
        // x = 0, T = 1, t = 1: z = 1/3, ((α+T)/(α+T+t))^r = 2/3, 2F1(1, 2; 3; 1/3) = 18(ln(3/2) − 1/3)
        // E = 3(1 − 12(ln(3/2) − 1/3)) = 15 − 36 ln(3/2)
        assertEquals(15 - 36 * Math.log(1.5), SIMPLE.conditionalExpectedPurchases(1, 0, 0, 1), EXACT);
    }

    @Test
    void conditionalExpectationMatchesEquation10ByHandForARepeater() {
        // x = 1, tx = 1, T = 2, t = 1: z = 1/4, (a+b+x−1)/(a−1) = 4, ((α+T)/(α+T+t))^(r+x) = 9/16,
        // 2F1(2, 3; 4; z) = 3(1/(1−z) − 2 z⁻³(−ln(1−z) − z − z²/2)), P(alive) = 1/(1 + 9/4)
        double z = 0.25;
        double hypergeometric = 3 * (1 / (1 - z) - 2 * (-Math.log1p(-z) - z - z * z / 2) / (z * z * z));
        double expected = 4 * (1 - 9.0 / 16 * hypergeometric) / (1 + 9.0 / 4);
        assertEquals(expected, SIMPLE.conditionalExpectedPurchases(1, 1, 1, 2), EXACT);
    }

    @Test
    void aNewCustomersConditionalExpectationIsTheUnconditionalOne() {
        BgNbdModel cdnow = new BgNbdModel(0.2426, 4.4137, 0.7930, 2.4262);
        // mpmath, eq. 9 at 40 digits
        assertEquals(1.1950096968318274, cdnow.expectedPurchases(39), 1e-13);
        assertEquals(1.8579455174652957, cdnow.expectedPurchases(78), 1e-13);
        assertEquals(11.973854378822156, cdnow.expectedPurchases(5000), 1e-11);
    }

    @Test
    void expectationsGrowWithTheHorizon() {
        double previous = 0;
        for (double t = 1; t <= 200; t += 7) {
            double expected = SIMPLE.conditionalExpectedPurchases(t, 3, 4, 6);
            assertTrue(expected > previous, "E[Y(" + t + ")] = " + expected);
            previous = expected;
        }
    }

    @Test
    void batchScoringEqualsOneByOne() {
        List<CustomerSummary> customers = List.of(
                new CustomerSummary("a", 0, 0, 30, 0), new CustomerSummary("b", 4, 20, 30, 0),
                new CustomerSummary("c", 12, 29, 30, 0));
        double[] expected = SIMPLE.conditionalExpectedPurchases(10, customers);
        double[] alive = SIMPLE.probabilityAlive(customers);
        for (int i = 0; i < customers.size(); i++) {
            CustomerSummary c = customers.get(i);
            assertEquals(SIMPLE.conditionalExpectedPurchases(10, c.frequency(), c.recency(), c.age()), expected[i]);
            assertEquals(SIMPLE.probabilityAlive(c.frequency(), c.recency(), c.age()), alive[i]);
        }
    }

    @Test
    void rejectsNonPositiveParameters() {
        assertThrows(IllegalArgumentException.class, () -> new BgNbdModel(0, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new BgNbdModel(1, Double.POSITIVE_INFINITY, 1, 1));
    }
}
