package io.aisle.ltv.bench;

import io.aisle.bench.BenchmarkReport;
import io.aisle.ltv.deep.ZilnConfig;
import io.aisle.ltv.deep.evaluation.EvaluationConfig;
import io.aisle.ltv.deep.evaluation.EvaluationData;
import io.aisle.ltv.deep.evaluation.EvaluationResult;
import io.aisle.ltv.deep.evaluation.ZilnEvaluation;
import io.aisle.ltv.features.CustomerHistory;
import io.aisle.ltv.features.FeatureConfig;
import io.aisle.ltv.features.datasets.CdnowReader;
import io.aisle.ltv.features.datasets.Dataset;
import io.aisle.ltv.features.datasets.OnlineRetailReader;
import io.aisle.ltv.metrics.LtvMetrics;
import io.aisle.ltv.model.BgNbdModel;
import io.aisle.ltv.model.CustomerSummary;
import io.aisle.ltv.model.GammaGammaModel;
import io.aisle.ltv.model.SummaryBuilder;
import io.aisle.ltv.model.TimeScale;
import io.aisle.ltv.model.Transaction;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Deep vs probabilistic on the same customers and holdout: last-period baseline, BG/NBD + Gamma-Gamma,
 * ZILN, on CDNOW (full master file) and UCI Online Retail. CDNOW is read from ../shared/data (or
 * -Daisle.cdnow.master; the public file is CDNOW_master.txt from Bruce Hardie's site).
 */
@Tag("benchmark")
class LtvModelComparisonBenchmark {

    @Test
    void deepAndProbabilisticModelsOnCdnowAndOnlineRetail() throws IOException {
        BenchmarkReport report = BenchmarkReport.start("ltv-comparison", "LTV models: deep (ZILN) vs BG/NBD + Gamma-Gamma",
                LtvModelComparisonBenchmark.class, "-Dtest=LtvModelComparisonBenchmark");
        Dataset cdnow = CdnowReader.read(Path.of(System.getProperty("aisle.cdnow.master", "../shared/data/cdnow/CDNOW_master.txt")));
        Dataset retail = OnlineRetailReader.read(Path.of(System.getProperty("aisle.online-retail", "db/demo/online-retail.csv.gz")));
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Dataset dataset : List.of(cdnow, retail)) {
            EvaluationData data = EvaluationData.of(dataset);
            EvaluationResult deep = ZilnEvaluation.run(dataset, selectedConfig(dataset));
            long started = System.nanoTime();
            LtvMetrics probabilistic = LtvMetrics.of(data.actual(), bgNbdGammaGamma(data));
            double bgSeconds = (System.nanoTime() - started) / 1e9;
            rows.add(row(dataset.name(), "last-period value", deep.baseline()));
            rows.add(row(dataset.name(), "BG/NBD + Gamma-Gamma", probabilistic));
            rows.add(row(dataset.name(), "ZILN (deep)", deep.ziln()));
            notes.add(String.format(Locale.ROOT, "%s: %d test customers (%d customer rows over the stacked training windows for the ZILN), holdout total %.0f; split %s;"
                            + " ZILN %d epochs in %.1f s; BG/NBD + Gamma-Gamma fit and scored in %.1f s. Goal: ZILN above BG/NBD + GG"
                            + " on Gini and Spearman: %s.", dataset.name(), deep.testCustomers(), deep.trainRows(),
                    deep.holdoutTotal(), dataset.split(), deep.epochs(), deep.trainingTime().toMillis() / 1000.0, bgSeconds,
                    deep.ziln().gini() > probabilistic.gini() && deep.ziln().spearman() > probabilistic.spearman() ? "met" : "not met"));
        }
        report.paragraph("""
                Each model predicts every test customer's value in the holdout window from their history before the cutoff;
                test customers are all who bought before the cutoff. Normalized Gini (of the model's ordering over the perfect
                ordering), Spearman rank correlation, MAPE of the mean value per predicted decile, and error of the total
                (sum predicted / sum actual - 1). BG/NBD + Gamma-Gamma: fitted in weeks on the history up to the cutoff,
                prediction = E[Y(holdout) | x, t_x, T] * E[M | x, m_x]. ZILN: trained on features at an earlier cutoff with the
                value of the following window as label (see io.aisle.ltv.deep), prediction p * exp(mu + sigma^2/2) scaled to the
                holdout length. Online Retail's ZILN trains on 7 stacked 91-day windows (cutoffs 4 weeks apart, the latest
                label window ending at the cutoff), 128x128; CDNOW's on the single window weeks 27-39, 64x64; chosen on
                validation splits before the cutoff (see selectedConfig).""")
                .table(List.of("dataset", "model", "normalized Gini", "Spearman", "decile MAPE", "total error"), rows)
                .bullets(notes)
                .write(null);
    }

    /**
     * The ZILN set-up per dataset, chosen on a validation split that ends before the evaluation
     * cutoff (Online Retail: cutoff 2011-06-11, holdout to 2011-09-10; CDNOW: cutoff week 26,
     * holdout weeks 27-39), mean of seeds 1-3, never on the test holdout. Online Retail: Gini and
     * Spearman rose with every stacked window the validation split allowed (1, 2, 4 windows:
     * 0.788/0.492, 0.799/0.509, 0.806/0.515), so it stacks all 4-week-spaced 91-day windows the
     * data allow (7 at the test cutoff), and 128x128 beat 32x32 and 64x64 there (0.811/0.519).
     * CDNOW: stacking pushed training cutoffs into the acquisition quarter and lost (1, 3, 6
     * windows: 0.661/0.329, 0.633/0.300, 0.623/0.291), and 64x64 edged 128x128, so it keeps the
     * single window and the default network. -Daisle.ltv.seed overrides the seed (default 42).
     */
    static EvaluationConfig selectedConfig(Dataset dataset) {
        ZilnConfig ziln = ZilnConfig.defaults().withSeed(Integer.getInteger("aisle.ltv.seed", 42));
        if (dataset.name().equals("Online Retail")) {
            ZilnConfig wide = new ZilnConfig(List.of(128, 128), ziln.dropout(), ziln.learningRate(), ziln.weightDecay(),
                    ziln.batchSize(), ziln.maxEpochs(), ziln.patience(), ziln.validationFraction(), ziln.seed());
            return new EvaluationConfig(FeatureConfig.purchasesOnly(), wide, 7, 28);
        }
        return new EvaluationConfig(FeatureConfig.purchasesOnly(), ziln);
    }

    /** The probabilistic prediction for exactly the evaluation's test customers, in their order. */
    static double[] bgNbdGammaGamma(EvaluationData data) {
        LocalDate calibrationEnd = data.split().cutoff().atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
        LocalDate holdoutEnd = data.split().holdoutEnd().atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
        List<Transaction> transactions = new ArrayList<>();
        for (CustomerHistory customer : data.test()) {
            customer.transactions().forEach(t -> transactions.add(
                    Transaction.at(customer.customerId(), t.time(), ZoneOffset.UTC, t.amount())));
        }
        List<CustomerSummary> summaries = new SummaryBuilder(calibrationEnd, TimeScale.WEEKS).summarise(transactions);
        BgNbdModel bgnbd = BgNbdModel.fit(summaries).model();
        GammaGammaModel gg = GammaGammaModel.fit(summaries).model();
        double horizon = TimeScale.WEEKS.between(calibrationEnd, holdoutEnd);
        Map<String, CustomerSummary> byId = summaries.stream().collect(Collectors.toMap(CustomerSummary::customerId, Function.identity()));
        double[] predicted = new double[data.test().size()];
        for (int i = 0; i < predicted.length; i++) {
            CustomerSummary s = byId.get(data.test().get(i).customerId());
            // customers whose every pre-cutoff day netted to a return made no purchase the models can count
            predicted[i] = s == null ? 0 : bgnbd.conditionalExpectedPurchases(horizon, s.frequency(), s.recency(), s.age())
                    * gg.conditionalExpectedAverageValue(s.frequency(), s.monetaryValue());
        }
        return predicted;
    }

    private static List<String> row(String dataset, String model, LtvMetrics m) {
        return List.of(dataset, model, f(m.gini()), f(m.spearman()), f(m.decileMape()), String.format(Locale.ROOT, "%+.4f", m.totalError()));
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
