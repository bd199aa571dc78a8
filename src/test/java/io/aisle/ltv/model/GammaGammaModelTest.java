package io.aisle.ltv.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Closed-form values of the Gamma-Gamma model (note 025) worked out by hand with p = 2, q = 3, γ = 10. */
class GammaGammaModelTest {

    private static final GammaGammaModel SIMPLE = new GammaGammaModel(2, 3, 10);
    private static final BgNbdModel PURCHASES = new BgNbdModel(1, 1, 2, 2);
    private static final double EXACT = 1e-12;

    @Test
    void logLikelihoodMatchesTheDensityByHand() {
        // x = 1, m = 20: Γ(5)/(Γ(2)Γ(3)) · 10³ · 20¹ · 1² / 30⁵ = 12 · 20000 / 24300000 = 4/405
        assertEquals(Math.log(4.0 / 405), SIMPLE.logLikelihood(1, 20), EXACT);
    }

    @Test
    void expectedSpendBlendsPopulationMeanAndOwnMean() {
        // (γ + x m) p / (p x + q − 1)
        assertEquals(30.0 * 2 / 4, SIMPLE.conditionalExpectedAverageValue(1, 20), EXACT);
        assertEquals(2010.0 * 2 / 202, SIMPLE.conditionalExpectedAverageValue(100, 20), EXACT);
    }

    @Test
    void customerWithoutRepeatPurchasesGetsThePopulationMean() {
        // p γ / (q − 1)
        assertEquals(10.0, SIMPLE.conditionalExpectedAverageValue(0, 0), EXACT);
    }

    @Test
    void populationMeanIsUndefinedWhenQIsAtMostOne() {
        GammaGammaModel heavyTailed = new GammaGammaModel(2, 0.8, 10);
        assertThrows(IllegalStateException.class, () -> heavyTailed.conditionalExpectedAverageValue(0, 0));
    }

    @Test
    void lifetimeValueDiscountsEachMonthsPurchases() {
        double firstMonth = PURCHASES.conditionalExpectedPurchases(1, 1, 1, 2);
        double twoMonths = PURCHASES.conditionalExpectedPurchases(2, 1, 1, 2);
        double spend = 15;
        assertEquals(spend * firstMonth / 1.01,
                SIMPLE.customerLifetimeValue(PURCHASES, 1, 1, 2, 20, 1, 0.01, 1), EXACT);
        assertEquals(spend * firstMonth / 1.01 + spend * (twoMonths - firstMonth) / (1.01 * 1.01),
                SIMPLE.customerLifetimeValue(PURCHASES, 1, 1, 2, 20, 2, 0.01, 1), EXACT);
    }

    @Test
    void undiscountedLifetimeValueIsExpectedSpendTimesExpectedPurchases() {
        // the monthly differences telescope to E[Y(horizon)]
        double expected = SIMPLE.conditionalExpectedAverageValue(3, 25)
                * PURCHASES.conditionalExpectedPurchases(12 * 30, 3, 40, 90);
        assertEquals(expected, SIMPLE.customerLifetimeValue(PURCHASES, 3, 40, 90, 25, 12, 0, 30), 1e-10);
    }

    @Test
    void batchLifetimeValueEqualsOneByOne() {
        List<CustomerSummary> customers = List.of(new CustomerSummary("a", 0, 0, 50, 0), new CustomerSummary("b", 5, 40, 50, 35));
        double[] values = SIMPLE.customerLifetimeValue(PURCHASES, customers, 6, 0.01, TimeScale.DAYS.unitsPerMonth());
        assertEquals(SIMPLE.customerLifetimeValue(PURCHASES, 0, 0, 50, 0, 6, 0.01, 30), values[0]);
        assertEquals(SIMPLE.customerLifetimeValue(PURCHASES, 5, 40, 50, 35, 6, 0.01, 30), values[1]);
    }

    @Test
    void fitUsesOnlyRepeatersWithPositiveSpend() {
        List<CustomerSummary> customers = List.of(
                new CustomerSummary("none", 0, 0, 10, 0), new CustomerSummary("free", 2, 5, 10, 0),
                new CustomerSummary("a", 1, 3, 10, 12), new CustomerSummary("b", 3, 8, 10, 30),
                new CustomerSummary("c", 2, 9, 10, 18), new CustomerSummary("d", 5, 9, 10, 22));
        MaximumLikelihoodFit<GammaGammaModel> fit = GammaGammaModel.fit(customers);
        assertEquals(4, fit.customers());
        assertEquals(fit.model().logLikelihood(customers.subList(2, 6)), fit.logLikelihood(), 1e-9);
    }

    @Test
    void likelihoodNeedsRepeatPurchasesOfPositiveValue() {
        assertThrows(IllegalArgumentException.class, () -> SIMPLE.logLikelihood(0, 10));
        assertThrows(IllegalArgumentException.class, () -> SIMPLE.logLikelihood(2, 0));
    }
}
