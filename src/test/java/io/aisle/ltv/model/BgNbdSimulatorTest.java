package io.aisle.ltv.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BgNbdSimulatorTest {

    private static final BgNbdModel TRUTH = new BgNbdModel(0.8, 10, 1.3, 4);
    private static final int CUSTOMERS = 200_000;
    private static final double AGE = 52;

    @Test
    void sameSeedGivesTheSamePopulation() {
        double[] ages = BgNbdParameterRecoveryTest.cohortAges(1000, 1);
        assertEquals(new BgNbdSimulator(TRUTH, 5).simulate(ages), new BgNbdSimulator(TRUTH, 5).simulate(ages));
        assertNotEquals(new BgNbdSimulator(TRUTH, 5).simulate(ages), new BgNbdSimulator(TRUTH, 6).simulate(ages));
    }

    @Test
    void meanRepeatPurchasesMatchEquation9() {
        double[] purchases = frequencies(new BgNbdSimulator(TRUTH, 11).simulate(sameAge()));
        double mean = Arrays.stream(purchases).average().orElseThrow();
        double variance = Arrays.stream(purchases).map(x -> (x - mean) * (x - mean)).sum() / (purchases.length - 1);
        assertEquals(TRUTH.expectedPurchases(AGE), mean, 4 * Math.sqrt(variance / purchases.length));
    }

    @Test
    void shareWithoutRepeatPurchasesMatchesEquation8() {
        // P(X(t) = 0) = (α/(α+t))^r: nobody drops out before the first repeat purchase
        double expected = Math.pow(TRUTH.alpha() / (TRUTH.alpha() + AGE), TRUTH.r());
        double share = Arrays.stream(frequencies(new BgNbdSimulator(TRUTH, 12).simulate(sameAge())))
                .filter(x -> x == 0).count() / (double) CUSTOMERS;
        assertEquals(expected, share, 4 * Math.sqrt(expected * (1 - expected) / CUSTOMERS));
    }

    private static double[] sameAge() {
        double[] ages = new double[CUSTOMERS];
        Arrays.fill(ages, AGE);
        return ages;
    }

    private static double[] frequencies(List<CustomerSummary> customers) {
        return customers.stream().mapToDouble(CustomerSummary::frequency).toArray();
    }
}
