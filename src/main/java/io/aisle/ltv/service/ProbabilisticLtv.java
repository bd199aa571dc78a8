package io.aisle.ltv.service;

import io.aisle.ltv.metrics.LtvMetrics;
import io.aisle.ltv.model.BgNbdModel;
import io.aisle.ltv.model.CalibrationAndHoldout;
import io.aisle.ltv.model.CustomerSummary;
import io.aisle.ltv.model.GammaGammaModel;
import io.aisle.ltv.model.SummaryBuilder;
import io.aisle.ltv.model.TimeScale;
import io.aisle.ltv.model.Transaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * BG/NBD for how often customers buy and whether they are still around, Gamma-Gamma for how much:
 * fitted in weeks, evaluated on the holdout window, and used to score every customer.
 */
final class ProbabilisticLtv {

    static final String KIND = "bgnbd_gg";
    static final TimeScale SCALE = TimeScale.WEEKS;
    /** The window "expected purchases" and churn risk speak about. */
    static final double NEXT_WEEKS = 13;

    record Fitted(BgNbdModel bgnbd, GammaGammaModel gammaGamma) {

        Map<String, Object> params() {
            return Map.of("r", bgnbd.r(), "alpha", bgnbd.alpha(), "a", bgnbd.a(), "b", bgnbd.b(),
                    "p", gammaGamma.p(), "q", gammaGamma.q(), "v", gammaGamma.v(), "timeUnit", "weeks");
        }
    }

    record Evaluation(Fitted fitted, LtvMetrics metrics, int customers) {
    }

    /** Each customer's expected purchases and P(alive) in the next window, and value over the horizon. */
    record Scores(List<CustomerSummary> customers, double[] value, double[] expectedPurchases, double[] alive) {
    }

    private ProbabilisticLtv() {
    }

    static Fitted fit(List<CustomerSummary> customers) {
        return new Fitted(BgNbdModel.fit(customers).model(), GammaGammaModel.fit(customers).model());
    }

    /** Fits on the history up to {@code cutoff} and compares predicted with actual value up to {@code asOf}. */
    static Evaluation evaluate(List<Transaction> transactions, LocalDate cutoff, LocalDate asOf) {
        List<CalibrationAndHoldout> split = new SummaryBuilder(cutoff, SCALE).summariseWithHoldout(transactions, asOf);
        if (split.isEmpty()) {
            throw new IllegalStateException("no customer bought before " + cutoff + "; the holdout window is too long");
        }
        List<CustomerSummary> calibration = split.stream().map(CalibrationAndHoldout::calibration).toList();
        Fitted fitted = fit(calibration);
        double[] predicted = new double[split.size()];
        double[] actual = new double[split.size()];
        for (int i = 0; i < split.size(); i++) {
            CalibrationAndHoldout c = split.get(i);
            CustomerSummary s = c.calibration();
            predicted[i] = fitted.bgnbd().conditionalExpectedPurchases(c.holdoutLength(), s.frequency(), s.recency(), s.age())
                    * fitted.gammaGamma().conditionalExpectedAverageValue(s.frequency(), s.monetaryValue());
            actual[i] = c.holdoutFrequency() * c.holdoutMonetaryValue();
        }
        return new Evaluation(fitted, LtvMetrics.of(actual, predicted), split.size());
    }

    static List<CustomerSummary> summariesAsOf(List<Transaction> transactions, LocalDate asOf) {
        return new SummaryBuilder(asOf, SCALE).summarise(transactions);
    }

    static Scores score(Fitted fitted, List<CustomerSummary> customers, int horizonMonths, double monthlyDiscountRate) {
        double[] value = fitted.gammaGamma().customerLifetimeValue(fitted.bgnbd(), customers, horizonMonths,
                monthlyDiscountRate, SCALE.unitsPerMonth());
        double[] purchases = fitted.bgnbd().conditionalExpectedPurchases(NEXT_WEEKS, customers);
        double[] alive = fitted.bgnbd().probabilityAlive(customers);
        return new Scores(customers, value, purchases, alive);
    }
}
