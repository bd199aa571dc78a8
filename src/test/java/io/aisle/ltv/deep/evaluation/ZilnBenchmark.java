package io.aisle.ltv.deep.evaluation;

import io.aisle.ltv.features.datasets.CdnowReader;
import io.aisle.ltv.features.datasets.Dataset;
import io.aisle.ltv.features.datasets.OnlineRetailReader;
import io.aisle.ltv.metrics.LtvMetrics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Deep vs baseline on the real datasets ({@code mvn test -Pbenchmark -Dtest=ZilnBenchmark}): prints
 * one markdown table. The data paths can be moved with -Daisle.cdnow.master and -Daisle.online-retail.
 */
@Tag("benchmark")
class ZilnBenchmark {

    @Test
    void printsTheDeepVersusBaselineTableForCdnowAndOnlineRetail() throws IOException {
        Dataset cdnow = CdnowReader.read(Path.of(
                System.getProperty("aisle.cdnow.master", "../shared/data/cdnow/CDNOW_master.txt")));
        Dataset retail = OnlineRetailReader.read(Path.of(
                System.getProperty("aisle.online-retail", "db/demo/online-retail.csv.gz")));

        StringBuilder table = new StringBuilder("""
                | dataset | model | normalized Gini | Spearman | decile MAPE | total error |
                |---|---|---|---|---|---|
                """);
        StringBuilder notes = new StringBuilder();
        for (Dataset dataset : new Dataset[] {cdnow, retail}) {
            EvaluationResult r = ZilnEvaluation.run(dataset, EvaluationConfig.defaults());
            row(table, r.dataset(), "last-period value", r.baseline());
            row(table, r.dataset(), "ZILN", r.ziln());
            notes.append(String.format(Locale.ROOT,
                    "%s: %d training / %d test customers, holdout total %.0f, split %s, %d epochs, training %.1f s%n",
                    r.dataset(), r.trainCustomers(), r.testCustomers(), r.holdoutTotal(), dataset.split(), r.epochs(),
                    r.trainingTime().toMillis() / 1000.0));
        }
        System.out.println(table);
        System.out.println(notes);
    }

    private static void row(StringBuilder table, String dataset, String model, LtvMetrics m) {
        table.append(String.format(Locale.ROOT, "| %s | %s | %.4f | %.4f | %.4f | %+.4f |%n",
                dataset, model, m.gini(), m.spearman(), m.decileMape(), m.totalError()));
    }
}
