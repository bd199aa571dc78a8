package io.aisle.ltv.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forecast for CDNOW's holdout, weeks 40–78, against the 1,882 repeat purchases that happened.
 *
 * <p>The BG/NBD itself under-forecasts this holdout by about 12%: the sum of eq. 10 over the 2,357
 * customers at the published parameters is 1,653.40 (mpmath at 40 digits, independent of this code),
 * and the unconditional cohort forecast from eq. 9 is 1,666.6. So a 5% agreement with the actual
 * count, which one might expect, is not reachable by a correct implementation; the test pins the
 * forecast to the independent value and records the model's error.
 */
class CdnowHoldoutTest {

    private static final double HOLDOUT_WEEKS = 39;
    private static final double MPMATH_FORECAST_AT_PUBLISHED_PARAMETERS = 1653.3977820216;

    @Test
    void transactionsHold1882RepeatPurchasesInTheHoldout() {
        List<CalibrationAndHoldout> customers = new SummaryBuilder(CdnowData.CALIBRATION_END, TimeScale.WEEKS)
                .summariseWithHoldout(CdnowData.transactions(), CdnowData.HOLDOUT_END);
        assertEquals(CdnowData.CUSTOMERS, customers.size());
        assertEquals(CdnowData.ACTUAL_HOLDOUT_PURCHASES, customers.stream().mapToInt(CalibrationAndHoldout::holdoutFrequency).sum());
        assertEquals(HOLDOUT_WEEKS, customers.get(0).holdoutLength(), 1e-12);
    }

    @Test
    void forecastAtThePublishedParametersEqualsTheIndependentComputation() {
        BgNbdModel published = new BgNbdModel(0.2426, 4.4137, 0.7930, 2.4262);
        double forecast = Arrays.stream(published.conditionalExpectedPurchases(HOLDOUT_WEEKS, CdnowData.summaryWithMonetaryValue())).sum();
        assertEquals(MPMATH_FORECAST_AT_PUBLISHED_PARAMETERS, forecast, 1e-6);
    }

    @Test
    void fittedModelForecastsTheHoldoutTwelvePercentLow() {
        BgNbdModel fitted = BgNbdModel.fit(CdnowData.summary()).model();
        double forecast = Arrays.stream(fitted.conditionalExpectedPurchases(HOLDOUT_WEEKS, CdnowData.summary())).sum();
        assertEquals(MPMATH_FORECAST_AT_PUBLISHED_PARAMETERS, forecast, 0.5, "the fit's forecast moves with its 4th digits only");
        double error = forecast / CdnowData.ACTUAL_HOLDOUT_PURCHASES - 1;
        assertTrue(error > -0.13 && error < -0.11, "relative error of the holdout forecast: " + error);
    }
}
