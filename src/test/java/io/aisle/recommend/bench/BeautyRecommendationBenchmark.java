package io.aisle.recommend.bench;

import io.aisle.bench.BenchmarkReport;
import io.aisle.recommend.model.ItemKnnRecommender;
import io.aisle.recommend.model.LeaveOneOutSplit;
import io.aisle.recommend.model.PopularityPenaltyReranker;
import io.aisle.recommend.model.PopularityRecommender;
import io.aisle.recommend.model.RankingEvaluation;
import io.aisle.recommend.model.RankingMetrics;
import io.aisle.recommend.model.SasRecTrainer;
import io.aisle.recommend.model.SasRecTrainingResult;
import io.aisle.recommend.model.SequentialRecommender;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Next-item recommendation on Amazon Beauty (S3-Rec's preprocessing): most-popular, item-kNN and
 * SASRec, leave-one-out, full ranking. SASRec's configuration and item-kNN's neighbourhood size
 * are chosen on the validation items, and so is the weight of a popularity-penalty re-ranking of
 * SASRec; the test items are scored once, by the chosen models.
 * -Dbench.sasrec.variants="dropout=0.3;hidden=128,lr=0.002" trains variants of the defaults too.
 */
@Tag("benchmark")
class BeautyRecommendationBenchmark {

    private static final String SOURCE = "RUCAIBox/CIKM2020-S3Rec, file data/Beauty.txt";
    private static final int[] NEIGHBOURS = {20, 50, 100, 200};
    private static final float[] PENALTIES = {0.1f, 0.25f, 0.5f, 1f};
    /** Share of validation NDCG@10 the diversity re-ranking may cost. */
    private static final double AFFORDABLE_NDCG_LOSS = 0.05;

    @Test
    void popularityItemKnnAndSasRecOnBeauty() throws IOException {
        String variants = System.getProperty("bench.sasrec.variants", "");
        BenchmarkReport report = BenchmarkReport.start("recommend-beauty",
                "Next-item recommendation on Amazon Beauty: most-popular, item-kNN, SASRec",
                BeautyRecommendationBenchmark.class, "-Dtest=BeautyRecommendationBenchmark"
                        + (variants.isBlank() ? "" : " -Dbench.sasrec.variants=\"" + variants + "\""));
        List<int[]> sequences = BeautyData.read(Path.of(System.getProperty("bench.beauty", "../shared/data/recs/Beauty.txt")));
        int itemCount = sequences.stream().flatMapToInt(Arrays::stream).max().orElseThrow();
        LeaveOneOutSplit split = LeaveOneOutSplit.of(sequences);

        long started = System.nanoTime();
        RankingMetrics popularity = RankingEvaluation.evaluate(PopularityRecommender.fit(itemCount, split.training()),
                itemCount, split.test());
        double popularitySeconds = (System.nanoTime() - started) / 1e9;

        List<String> tried = new ArrayList<>();
        int bestK = 0;
        double bestKnn = -1;
        for (int k : NEIGHBOURS) {
            double ndcg = RankingEvaluation.evaluate(ItemKnnRecommender.fit(itemCount, split.training(), k), itemCount,
                    split.validation()).ndcg10();
            tried.add(String.format(Locale.ROOT, "item-kNN, %d neighbours: validation NDCG@10 %.4f", k, ndcg));
            if (ndcg > bestKnn) {
                bestKnn = ndcg;
                bestK = k;
            }
        }
        started = System.nanoTime();
        RankingMetrics knn = RankingEvaluation.evaluate(ItemKnnRecommender.fit(itemCount, split.training(), bestK),
                itemCount, split.test());
        double knnSeconds = (System.nanoTime() - started) / 1e9;

        SasRecTrainingResult chosen = null;
        for (SasRecVariant variant : SasRecVariant.parseAll(variants)) {
            SasRecTrainingResult result = SasRecTrainer.train(itemCount, split.training(), split.validation(), variant.config());
            tried.add(String.format(Locale.ROOT, "SASRec %s: validation NDCG@10 %.4f (best epoch %d of %d, %.1f s/epoch)",
                    variant.label(), result.validation().ndcg10(), result.bestEpoch(), result.epochs(), result.secondsPerEpoch()));
            if (chosen == null || result.validation().ndcg10() > chosen.validation().ndcg10()) {
                if (chosen != null) {
                    chosen.model().close();
                }
                chosen = result;
            } else {
                result.model().close();
            }
        }
        try (var model = chosen.model()) {
            RankingMetrics sasrec = RankingEvaluation.evaluate(model, itemCount, split.test());
            float penalty = strongestAffordablePenalty(model, itemCount, split, chosen.validation().ndcg10(), tried);
            RankingMetrics reranked = RankingEvaluation.evaluate(
                    PopularityPenaltyReranker.of(model, itemCount, split.training(), penalty), itemCount, split.test());
            BeautyReport.write(report, new BeautyReport.Figures(sequences.size(), itemCount, split, popularity,
                    popularitySeconds, knn, bestK, knnSeconds, sasrec, chosen, penalty, reranked, tried), SOURCE);
        }
    }

    /**
     * The largest popularity-penalty weight whose validation NDCG@10 stays within
     * {@link #AFFORDABLE_NDCG_LOSS} of the plain model's: as much diversity as that accuracy buys.
     */
    private static float strongestAffordablePenalty(SequentialRecommender model, int itemCount, LeaveOneOutSplit split,
                                                    double plainNdcg, List<String> tried) {
        float chosen = 0;
        for (float weight : PENALTIES) {
            RankingMetrics m = RankingEvaluation.evaluate(
                    PopularityPenaltyReranker.of(model, itemCount, split.training(), weight), itemCount, split.validation());
            tried.add(String.format(Locale.ROOT, "SASRec + popularity penalty %.2f: validation NDCG@10 %.4f, coverage@10 %.1f%%,"
                    + " exposure Gini %.3f", weight, m.ndcg10(), 100 * m.coverage10(), m.exposureGini()));
            if (m.ndcg10() >= (1 - AFFORDABLE_NDCG_LOSS) * plainNdcg) {
                chosen = weight;
            }
        }
        return chosen;
    }
}
