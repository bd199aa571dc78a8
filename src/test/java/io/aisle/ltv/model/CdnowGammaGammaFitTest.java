package io.aisle.ltv.model;

import static io.aisle.ltv.model.SignificantFigures.assertAgreesToThree;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Reproduces the Gamma-Gamma spend model on CDNOW, p = 6.25, q = 3.74, γ (v) = 15.45 as reported by
 * {@code lifetimes} for its CDNOW example, fitted on the 946 customers with repeat purchases in weeks
 * 1–39. What reproduces it: the mean of the repeat purchase days' summed values in the calibration
 * period that ends on 1997-09-30 for the whole cohort (see {@link CdnowSummaryTest}).
 */
class CdnowGammaGammaFitTest {

    @Test
    void fitOnValuesBuiltFromTransactionsMatchesThePublishedParameters() {
        var customers = new SummaryBuilder(CdnowData.CALIBRATION_END, TimeScale.WEEKS).summarise(CdnowData.transactions());
        MaximumLikelihoodFit<GammaGammaModel> fit = GammaGammaModel.fit(customers);

        assertEquals(946, fit.customers());
        assertAgreesToThree("p", 6.25, fit.model().p());
        assertAgreesToThree("q", 3.74, fit.model().q());
        assertAgreesToThree("v", 15.45, fit.model().v());
    }

    @Test
    void fitOnThePublishedSummaryGivesTheSameParameters() {
        GammaGammaModel fromSummary = GammaGammaModel.fit(CdnowData.summaryWithMonetaryValue()).model();
        assertAgreesToThree("p", 6.25, fromSummary.p());
        assertAgreesToThree("q", 3.74, fromSummary.q());
        assertAgreesToThree("v", 15.45, fromSummary.v());
    }
}
