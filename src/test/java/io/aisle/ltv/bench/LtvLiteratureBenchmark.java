package io.aisle.ltv.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.bench.BenchmarkReport;
import io.aisle.ltv.model.BgNbdModel;
import io.aisle.ltv.model.BgNbdSimulator;
import io.aisle.ltv.model.CalibrationAndHoldout;
import io.aisle.ltv.model.CdnowData;
import io.aisle.ltv.model.CustomerSummary;
import io.aisle.ltv.model.GammaGammaModel;
import io.aisle.ltv.model.MaximumLikelihoodFit;
import io.aisle.ltv.model.StandardErrors;
import io.aisle.ltv.model.SummaryBuilder;
import io.aisle.ltv.model.TimeScale;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hipparchus.random.RandomDataGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The BG/NBD and Gamma-Gamma models against the published CDNOW figures (Fader, Hardie &amp; Lee 2005),
 * parameter recovery on a large simulated cohort, and the time to score it. The models need no
 * database; the datasource only labels the report.
 */
@QuarkusTest
@Tag("benchmark")
class LtvLiteratureBenchmark {

    static final int DEFAULT_CUSTOMERS = 1_000_000;
    static final BgNbdModel PUBLISHED_BGNBD = new BgNbdModel(0.2426, 4.4137, 0.7930, 2.4262);
    static final double PUBLISHED_LOG_LIKELIHOOD = -9582.43;
    static final double[] PUBLISHED_GAMMA_GAMMA = {6.25, 3.74, 15.45};
    /** CDNOW-like truth in weeks for the simulated cohort. */
    static final BgNbdModel TRUTH = new BgNbdModel(0.25, 4.4, 0.8, 2.4);
    static final long SEED = 20_240_101;
    static final double HOLDOUT_WEEKS = 39;
    static final int HORIZON_MONTHS = 12;
    static final double MONTHLY_DISCOUNT = 0.01;

    @Inject
    DataSource dataSource;

    private final int customers = Integer.getInteger("bench.ltv.customers", DEFAULT_CUSTOMERS);

    @Test
    void literatureFiguresRecoveryAndScoring() {
        BenchmarkReport report = BenchmarkReport.start("ltv-literature",
                "LTV models: BG/NBD and Gamma-Gamma against the literature", LtvLiteratureBenchmark.class,
                customers == DEFAULT_CUSTOMERS ? "" : "-Dbench.ltv.customers=" + customers);

        List<CustomerSummary> cdnow = CdnowData.summary();
        Timed<MaximumLikelihoodFit<BgNbdModel>> bgnbd = Timed.run(() -> BgNbdModel.fit(cdnow));
        List<CustomerSummary> withValues = new SummaryBuilder(CdnowData.CALIBRATION_END, TimeScale.WEEKS)
                .summarise(CdnowData.transactions());
        Timed<MaximumLikelihoodFit<GammaGammaModel>> gammaGamma = Timed.run(() -> GammaGammaModel.fit(withValues));
        cdnowSection(report, bgnbd, gammaGamma);
        holdoutSection(report, bgnbd.value().model());

        double[] ages = cohortAges(customers);
        Timed<List<CustomerSummary>> population = Timed.run(() -> new BgNbdSimulator(TRUTH, SEED).simulate(ages));
        Timed<MaximumLikelihoodFit<BgNbdModel>> recovered = Timed.run(() -> BgNbdModel.fit(population.value()));
        recoverySection(report, population, recovered);

        scoringSection(report, withSpend(population.value(), gammaGamma.value().model()), bgnbd.value().model(),
                gammaGamma.value().model());
        report.write(dataSource);
    }

    private void cdnowSection(BenchmarkReport report, Timed<MaximumLikelihoodFit<BgNbdModel>> bgnbd,
                              Timed<MaximumLikelihoodFit<GammaGammaModel>> gammaGamma) {
        BgNbdModel m = bgnbd.value().model();
        GammaGammaModel g = gammaGamma.value().model();
        report.paragraph("**CDNOW sample** (2,357 customers who first bought in Q1 1997, calibration weeks 1–39; "
                + "published figures from Fader, Hardie & Lee 2005 and, for the Gamma-Gamma model, the `lifetimes` example). "
                + "The BG/NBD is fitted on `cdnow_customers_summary.csv`; the Gamma-Gamma model on the 946 repeat buyers' "
                + "mean repeat-day value, rebuilt from `CDNOW_sample.txt` by `SummaryBuilder`.")
                .table(List.of("model", "parameter", "published", "fitted"), List.of(
                        List.of("BG/NBD", "r", fmt("%.4f", 0.2426), fmt("%.4f", m.r())),
                        List.of("BG/NBD", "α (weeks)", fmt("%.4f", 4.4137), fmt("%.4f", m.alpha())),
                        List.of("BG/NBD", "a", fmt("%.4f", 0.7930), fmt("%.4f", m.a())),
                        List.of("BG/NBD", "b", fmt("%.4f", 2.4262), fmt("%.4f", m.b())),
                        List.of("BG/NBD", "log-likelihood", fmt("%.2f", PUBLISHED_LOG_LIKELIHOOD),
                                fmt("%.2f", bgnbd.value().logLikelihood())),
                        List.of("Gamma-Gamma", "p", fmt("%.2f", PUBLISHED_GAMMA_GAMMA[0]), fmt("%.4f", g.p())),
                        List.of("Gamma-Gamma", "q", fmt("%.2f", PUBLISHED_GAMMA_GAMMA[1]), fmt("%.4f", g.q())),
                        List.of("Gamma-Gamma", "γ (v)", fmt("%.2f", PUBLISHED_GAMMA_GAMMA[2]), fmt("%.4f", g.v()))))
                .paragraph(fmt("BG/NBD fit %.2f s (%d likelihood evaluations, Nelder-Mead from 3 starts + 1 restart); "
                        + "Gamma-Gamma fit %.2f s (%d evaluations).", bgnbd.seconds(), bgnbd.value().evaluations(),
                        gammaGamma.seconds(), gammaGamma.value().evaluations()));
        assertEquals(PUBLISHED_LOG_LIKELIHOOD, bgnbd.value().logLikelihood(), 0.01);
    }

    private void holdoutSection(BenchmarkReport report, BgNbdModel fitted) {
        List<CalibrationAndHoldout> rows = new SummaryBuilder(CdnowData.CALIBRATION_END, TimeScale.WEEKS)
                .summariseWithHoldout(CdnowData.transactions(), CdnowData.HOLDOUT_END);
        List<CustomerSummary> calibration = rows.stream().map(CalibrationAndHoldout::calibration).toList();
        int actual = rows.stream().mapToInt(CalibrationAndHoldout::holdoutFrequency).sum();
        double conditional = Arrays.stream(fitted.conditionalExpectedPurchases(HOLDOUT_WEEKS, calibration)).sum();
        double atPublished = Arrays.stream(PUBLISHED_BGNBD.conditionalExpectedPurchases(HOLDOUT_WEEKS, calibration)).sum();
        double cohort = calibration.stream()
                .mapToDouble(c -> fitted.expectedPurchases(c.age() + HOLDOUT_WEEKS) - fitted.expectedPurchases(c.age())).sum();
        report.paragraph("**Holdout, weeks 40–78** (1997-10-01 to 1998-06-30): repeat purchase days forecast by the model "
                + "against those in `CDNOW_sample.txt`.")
                .table(List.of("forecast", "repeat purchases", "vs actual"), List.of(
                        List.of("actual", String.valueOf(actual), ""),
                        List.of("Σ E[Y(39) \\| x, tₓ, T] (eq. 10), fitted parameters", fmt("%.1f", conditional), pct(conditional / actual - 1)),
                        List.of("Σ E[Y(39) \\| x, tₓ, T] (eq. 10), published parameters", fmt("%.1f", atPublished), pct(atPublished / actual - 1)),
                        List.of("Σ E[X(T+39)] − E[X(T)] (eq. 9, ignores each history)", fmt("%.1f", cohort), pct(cohort / actual - 1))))
                .paragraph("The BG/NBD under-forecasts this holdout by about 12% with the published parameters too "
                        + "(1,653.40 by an independent 40-digit mpmath evaluation of eq. 10), so the gap is the model's, "
                        + "not the implementation's.");
        assertEquals(CdnowData.ACTUAL_HOLDOUT_PURCHASES, actual);
    }

    private void recoverySection(BenchmarkReport report, Timed<List<CustomerSummary>> population,
                                 Timed<MaximumLikelihoodFit<BgNbdModel>> recovered) {
        BgNbdModel estimate = recovered.value().model();
        double[] errors = StandardErrors.ofBgNbd(estimate, population.value());
        double[] truth = {TRUTH.r(), TRUTH.alpha(), TRUTH.a(), TRUTH.b()};
        double[] estimated = {estimate.r(), estimate.alpha(), estimate.a(), estimate.b()};
        String[] names = {"r", "α", "a", "b"};
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < truth.length; i++) {
            double deviation = (estimated[i] - truth[i]) / errors[i];
            rows.add(List.of(names[i], fmt("%.4f", truth[i]), fmt("%.4f", estimated[i]), fmt("%.4f", errors[i]),
                    fmt("%+.2f", deviation)));
            assertTrue(Math.abs(deviation) <= 4, names[i] + " off by " + deviation + " standard errors");
        }
        long repeaters = population.value().stream().filter(c -> c.frequency() > 0).count();
        report.paragraph(fmt("**Parameter recovery**: %,d customers simulated from known parameters (weeks; first purchases "
                        + "on whole days over 12 weeks, observed to week 39; seed %d), %,d of them repeat buyers. "
                        + "Standard errors from the observed information.", customers, SEED, repeaters))
                .table(List.of("parameter", "true", "recovered", "standard error", "deviation (SE)"), rows)
                .paragraph(fmt("Simulation %.2f s; fit %.2f s (%d likelihood evaluations).",
                        population.seconds(), recovered.seconds(), recovered.value().evaluations()));
    }

    private void scoringSection(BenchmarkReport report, List<CustomerSummary> scored, BgNbdModel bgnbd, GammaGammaModel gammaGamma) {
        double unitsPerMonth = TimeScale.WEEKS.unitsPerMonth();
        // one pass on a tenth first, so the timed pass measures compiled code
        List<CustomerSummary> warmUp = scored.subList(0, scored.size() / 10);
        gammaGamma.customerLifetimeValue(bgnbd, warmUp, HORIZON_MONTHS, MONTHLY_DISCOUNT, unitsPerMonth);
        Timed<double[]> expected = Timed.run(() -> bgnbd.conditionalExpectedPurchases(HOLDOUT_WEEKS, scored));
        Timed<double[]> alive = Timed.run(() -> bgnbd.probabilityAlive(scored));
        Timed<double[]> value = Timed.run(() -> gammaGamma.customerLifetimeValue(bgnbd, scored, HORIZON_MONTHS,
                MONTHLY_DISCOUNT, unitsPerMonth));
        double total = expected.seconds() + alive.seconds() + value.seconds();
        report.paragraph(fmt("**Scoring** the %,d simulated customers with the CDNOW fits (spend drawn from the fitted "
                        + "Gamma-Gamma model), in parallel on %d cores:", scored.size(), Runtime.getRuntime().availableProcessors()))
                .table(List.of("score", "seconds", "customers/s", "mean"), List.of(
                        scoreRow("E[Y(39 weeks) \\| x, tₓ, T] (eq. 10)", expected, scored.size()),
                        scoreRow("P(alive)", alive, scored.size()),
                        scoreRow(fmt("CLV, %d months at %.0f%%/month (%d × eq. 10)", HORIZON_MONTHS, MONTHLY_DISCOUNT * 100,
                                HORIZON_MONTHS), value, scored.size()),
                        List.of("all three", fmt("%.2f", total), fmt("%,.0f", scored.size() / total), "")));
    }

    private static List<String> scoreRow(String what, Timed<double[]> timed, int n) {
        return List.of(what, fmt("%.2f", timed.seconds()), fmt("%,.0f", n / timed.seconds()),
                fmt("%.4f", Arrays.stream(timed.value()).average().orElse(Double.NaN)));
    }

    /**
     * Gives each repeat buyer the mean of x transaction values from the Gamma-Gamma story: ν ~ Gamma(q, rate γ)
     * per customer, and the mean of x Gamma(p, rate ν) values is Gamma(px, rate xν).
     */
    private static List<CustomerSummary> withSpend(List<CustomerSummary> population, GammaGammaModel spend) {
        RandomDataGenerator random = new RandomDataGenerator(SEED + 1);
        List<CustomerSummary> withSpend = new ArrayList<>(population.size());
        for (CustomerSummary c : population) {
            double mean = 0;
            if (c.frequency() > 0) {
                double nu = random.nextGamma(spend.q(), 1 / spend.v());
                mean = random.nextGamma(spend.p() * c.frequency(), 1 / (c.frequency() * nu));
            }
            withSpend.add(new CustomerSummary(c.customerId(), c.frequency(), c.recency(), c.age(), mean));
        }
        return withSpend;
    }

    private static double[] cohortAges(int n) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] ages = new double[n];
        for (int i = 0; i < n; i++) {
            ages[i] = (273 - random.nextInt(84)) / 7.0;
        }
        return ages;
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String pct(double ratio) {
        return fmt("%+.1f%%", ratio * 100);
    }

    private record Timed<T>(T value, double seconds) {
        static <T> Timed<T> run(Supplier<T> work) {
            long start = System.nanoTime();
            T value = work.get();
            return new Timed<>(value, (System.nanoTime() - start) / 1e9);
        }
    }
}
