package io.aisle.recommend.bench;

import io.aisle.bench.BenchmarkReport;
import io.aisle.bench.HttpLoad;
import io.aisle.bench.HttpLoad.Latency;
import io.aisle.catalog.demo.DemoStoreLoader;
import io.aisle.recommend.config.RecommendConfig;
import io.aisle.recommend.model.ItemKnnRecommender;
import io.aisle.recommend.model.LeaveOneOutSplit;
import io.aisle.recommend.model.PopularityPenaltyReranker;
import io.aisle.recommend.model.PopularityRecommender;
import io.aisle.recommend.model.RankingEvaluation;
import io.aisle.recommend.model.RankingMetrics;
import io.aisle.recommend.model.SasRecConfig;
import io.aisle.recommend.model.SasRecTrainer;
import io.aisle.recommend.model.SasRecTrainingResult;
import io.aisle.recommend.repository.InteractionRepository;
import io.aisle.recommend.repository.InteractionRepository.Sequences;
import io.aisle.recommend.service.RecRunReport;
import io.aisle.recommend.service.RecommendTrainingService;
import io.aisle.recommend.service.TrainingData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The recommender on the demo store (UCI Online Retail purchases from the event log): the offline comparison with
 * the baselines on a leave-one-out split, then the production pipeline (retraining run, vectors in pgvector) and
 * serving: HNSW recall against exact inner-product search, and GET /recommendations latency.
 */
@QuarkusTest
@Tag("benchmark")
class DemoStoreRecommendationBenchmark {

    private static final int[] NEIGHBOURS = {20, 50, 100, 200};
    private static final float[] PENALTIES = {0.25f, 0.5f, 1, 2};
    private static final int REQUESTS = Integer.getInteger("bench.recommend.requests", 400);

    @Inject
    DataSource dataSource;

    @Inject
    DemoStoreLoader loader;

    @Inject
    InteractionRepository interactions;

    @Inject
    RecommendTrainingService training;

    @Inject
    RecommendConfig config;

    @TestHTTPResource("/recommendations")
    URL recommendations;

    @Test
    void offlineComparisonPipelineAndServing() throws Exception {
        BenchmarkReport report = BenchmarkReport.start("recommend-demo-store",
                "Recommendations on the demo store: offline comparison, retraining, HNSW, serving latency",
                getClass(), "-Dtest=DemoStoreRecommendationBenchmark");
        loader.load(Path.of("db/demo/online-retail.csv.gz"), false);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("TRUNCATE rec_runs, rec_model_versions CASCADE");
        }
        // the production defaults: the benchmark runs in the test profile, whose tiny model is for tests only
        SasRecConfig hyper = SasRecConfig.defaults();

        // ---- offline: the same leave-one-out protocol as on Beauty, on the demo customers' sequences
        Sequences sequences = interactions.customerSequences(config.eventTypes(), interactions.latestSeq());
        TrainingData numbered = TrainingData.of(sequences.byCustomer(), config.minSequenceLength(), 1.0, hyper.seed());
        List<int[]> whole = new ArrayList<>();
        for (int i = 0; i < numbered.training().size(); i++) {
            int[] history = numbered.training().get(i);
            int[] all = Arrays.copyOf(history, history.length + 1);
            all[history.length] = numbered.validation().get(i).target();
            whole.add(all);
        }
        int items = numbered.itemCount();
        LeaveOneOutSplit split = LeaveOneOutSplit.of(whole);
        RankingMetrics popularity = RankingEvaluation.evaluate(PopularityRecommender.fit(items, split.training()),
                items, split.test());
        int bestK = NEIGHBOURS[0];
        double bestKnn = -1;
        for (int k : NEIGHBOURS) {
            double ndcg = RankingEvaluation.evaluate(ItemKnnRecommender.fit(items, split.training(), k), items,
                    split.validation()).ndcg10();
            if (ndcg > bestKnn) {
                bestKnn = ndcg;
                bestK = k;
            }
        }
        RankingMetrics knn = RankingEvaluation.evaluate(ItemKnnRecommender.fit(items, split.training(), bestK), items,
                split.test());
        SasRecTrainingResult offline = SasRecTrainer.train(items, split.training(), split.validation(), hyper);
        RankingMetrics sasrec;
        List<DemoRecommendationReport.Penalised> penalised = new ArrayList<>();
        try (var model = offline.model()) {
            sasrec = RankingEvaluation.evaluate(model, items, split.test());
            for (float weight : PENALTIES) {
                penalised.add(new DemoRecommendationReport.Penalised(weight, RankingEvaluation.evaluate(
                        PopularityPenaltyReranker.of(model, items, split.training(), weight), items, split.test())));
            }
        }

        // ---- the production pipeline: retraining run from the event log, vectors into pgvector
        RecRunReport run = training.retrain("benchmark", hyper);
        if (!"promoted".equals(run.outcome())) {
            throw new IllegalStateException("the first retraining run should be promoted: " + run);
        }
        List<String> customers = new ArrayList<>(sequences.byCustomer().keySet());
        Collections.shuffle(customers, new Random(7));
        ItemHnswRecall.Result hnsw = ItemHnswRecall.measure(dataSource, run.modelVersionId(), hyper.hiddenSize(),
                customers.subList(0, Math.min(300, customers.size())));

        // ---- serving latency: stored customer vectors; vectors computed on the request; cold start
        List<URI> stored = uris(customers, REQUESTS, "");
        HttpLoad.warmUp(stored.subList(0, 40));
        Latency stored1 = HttpLoad.run(stored, 1);
        Latency stored8 = HttpLoad.run(stored, 8);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("DELETE FROM rec_customer_vectors");
        }
        Latency fresh1 = HttpLoad.run(uris(customers, REQUESTS, ""), 1);
        Latency fresh8 = HttpLoad.run(uris(customers.subList(REQUESTS, customers.size()), REQUESTS, ""), 8);
        Latency cold1 = HttpLoad.run(uris(List.of("nobody"), REQUESTS, ""), 1);

        DemoRecommendationReport.write(report, new DemoRecommendationReport.Figures(whole.size(), items, split,
                popularity, knn, bestK, sasrec, penalised, offline, run, hnsw, List.of(stored1, stored8, fresh1, fresh8, cold1)),
                dataSource);
    }

    /** {@code count} requests for the customers in turn (cycling), each a distinct URL. */
    private List<URI> uris(List<String> customers, int count, String query) {
        List<URI> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String customer = customers.get(i % customers.size());
            out.add(URI.create(recommendations + "/" + customer + "?limit=10&placement=bench-" + i + query));
        }
        return out;
    }

    static String f4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
