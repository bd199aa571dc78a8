package io.aisle.recommend.bench;

import io.aisle.bench.BenchmarkReport;
import io.aisle.recommend.model.LeaveOneOutSplit;
import io.aisle.recommend.model.RankingMetrics;
import io.aisle.recommend.model.SasRecConfig;
import io.aisle.recommend.model.SasRecTrainingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The recommend-beauty section of docs/benchmarks.md. */
final class BeautyReport {

    /** Everything one benchmark run measured. */
    record Figures(int users, int itemCount, LeaveOneOutSplit split, RankingMetrics popularity, double popularitySeconds,
                   RankingMetrics knn, int neighbours, double knnSeconds, RankingMetrics sasrec,
                   SasRecTrainingResult training, float penalty, RankingMetrics reranked, List<String> tried) {
    }

    static final List<String> HEADER =
            List.of("Model", "HR@10", "NDCG@10", "HR@20", "NDCG@20", "Coverage@10", "Exposure Gini");

    private BeautyReport() {
    }

    static void write(BenchmarkReport report, Figures f, String source) {
        SasRecConfig c = f.training().model().config();
        List<List<String>> rows = new ArrayList<>();
        rows.add(measured("Most popular (this run)", f.popularity()));
        rows.add(measured("Item-kNN, cosine co-occurrence, " + f.neighbours() + " neighbours (this run)", f.knn()));
        rows.add(measured("SASRec, full cross-entropy (this run)", f.sasrec()));
        rows.add(measured(String.format(Locale.ROOT, "SASRec + popularity penalty %.2f x ln(1 + count) (this run)",
                f.penalty()), f.reranked()));
        rows.add(published("SASRec, published (S3-Rec paper, Zhou et al. 2020)", "0.0605", "0.0318"));
        rows.add(published("S3-Rec, published (Zhou et al. 2020)", "0.0647", "0.0327"));
        rows.add(published("DuoRec, published (Qiu et al. 2022)", "0.0845", "0.0443"));
        rows.add(published("SASRec tuned with sampled softmax, published (Klenitskiy & Vasilev 2023)", "0.0921", "0.0531"));
        report.paragraph(String.format(Locale.ROOT, """
                Amazon Beauty as preprocessed for S3-Rec (%s): %,d users, %,d items. Leave-one-out: each user's \
                last item is the test target, the second last the validation target, the rest training (%,d test \
                and %,d validation cases). Full ranking: each target is ranked against all %,d items, not a sample \
                of negatives. As in the S3-Rec evaluation code, and for every model alike, the items already in the \
                case's history are removed from its ranking (no test target of this file is in its own history). \
                Ties go to the lower item index. Coverage@10: share of all items that appear in any user's top 10; \
                exposure Gini: Gini coefficient of how often each item (unshown ones included) appears across all \
                top-10 lists. Models and settings are chosen on the validation items; the test items are scored once. \
                The popularity penalty re-ranks SASRec's scores for diversity; its weight is the largest that keeps \
                validation NDCG@10 within 5%% of plain SASRec's. \
                Goal: SASRec test NDCG@10 >= 0.0531.""",
                source, f.users(), f.itemCount(), f.split().test().size(), f.split().validation().size(), f.itemCount()));
        report.table(HEADER, rows);
        report.bullets(List.of(
                String.format(Locale.ROOT, "SASRec hyper-parameters: max length %d, hidden size %d, %d blocks, %d heads, "
                                + "dropout %.2f, Adam lr %s, weight decay %s, batch %d, at most %d epochs, patience %d, seed %d; "
                                + "pre-layer-norm blocks, output layer tied to the item embedding",
                        c.maxLength(), c.hiddenSize(), c.blocks(), c.heads(), c.dropout(), c.learningRate(), c.weightDecay(),
                        c.batchSize(), c.maxEpochs(), c.patience(), c.seed()),
                String.format(Locale.ROOT, "SASRec training: %d epochs (best %d, kept), %.1f s per epoch (training passes only), "
                                + "%.1f min in total with a full validation ranking after each epoch; PyTorch CPU, %s intra-op thread(s)",
                        f.training().epochs(), f.training().bestEpoch(), f.training().secondsPerEpoch(),
                        f.training().trainingTime().toSeconds() / 60.0, System.getProperty("ai.djl.pytorch.num_threads", "1")),
                String.format(Locale.ROOT, "SASRec validation NDCG@10 at the kept epoch: %.4f (HR@10 %.4f)",
                        f.training().validation().ndcg10(), f.training().validation().hr10()),
                String.format(Locale.ROOT, "Baselines: most popular fit and ranked in %.1f s, item-kNN in %.1f s", f.popularitySeconds(),
                        f.knnSeconds())));
        report.paragraph("What was tried in this run (validation NDCG@10; the best of each family is the one in the table):");
        report.bullets(f.tried());
        report.write(null);
    }

    static List<String> measured(String model, RankingMetrics m) {
        return List.of(model, f4(m.hr10()), f4(m.ndcg10()), f4(m.hr20()), f4(m.ndcg20()),
                String.format(Locale.ROOT, "%.1f%%", 100 * m.coverage10()), String.format(Locale.ROOT, "%.3f", m.exposureGini()));
    }

    private static List<String> published(String model, String hr10, String ndcg10) {
        return List.of(model, hr10, ndcg10, "-", "-", "-", "-");
    }

    private static String f4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
