package io.aisle.recommend.bench;

import io.aisle.bench.BenchmarkReport;
import io.aisle.bench.HttpLoad;
import io.aisle.bench.HttpLoad.Latency;
import io.aisle.recommend.model.LeaveOneOutSplit;
import io.aisle.recommend.model.RankingMetrics;
import io.aisle.recommend.model.SasRecConfig;
import io.aisle.recommend.model.SasRecTrainingResult;
import io.aisle.recommend.service.RecRunReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/** The recommend-demo-store section of docs/benchmarks.md. */
final class DemoRecommendationReport {

    /** SASRec re-ranked with a popularity penalty of this weight. */
    record Penalised(double weight, RankingMetrics metrics) {
    }

    record Figures(int customers, int items, LeaveOneOutSplit split, RankingMetrics popularity, RankingMetrics knn,
                   int neighbours, RankingMetrics sasrec, List<Penalised> penalised, SasRecTrainingResult offline, RecRunReport run,
                   ItemHnswRecall.Result hnsw, List<Latency> latency) {
    }

    private DemoRecommendationReport() {
    }

    static void write(BenchmarkReport report, Figures f, DataSource dataSource) {
        SasRecConfig c = f.offline().model().config();
        report.paragraph(String.format(Locale.ROOT, """
                The demo store's purchases as the app reads them from the event log (one `purchase` event per UCI \
                Online Retail invoice, its lines in invoice order; repeats of an item in a row collapsed): %,d \
                customers with at least 3 items, %,d products. **Offline**, the Beauty protocol: leave-one-out \
                (last item test, second last validation), full ranking over all products, history items removed \
                from the ranking, item-kNN's neighbourhood and SASRec's early stopping chosen on validation. The \
                "next item" here is often the next line of the same invoice, so these figures measure basket \
                completion as much as the next visit.""", f.customers(), f.items()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(BeautyReport.measured("Most popular", f.popularity()));
        rows.add(BeautyReport.measured("Item-kNN, cosine co-occurrence, " + f.neighbours() + " neighbours", f.knn()));
        rows.add(BeautyReport.measured("SASRec, full cross-entropy", f.sasrec()));
        for (Penalised p : f.penalised()) {
            rows.add(BeautyReport.measured(String.format(Locale.ROOT, "SASRec − %.2f · ln(1 + interactions)", p.weight()),
                    p.metrics()));
        }
        report.table(BeautyReport.HEADER, rows);
        report.paragraph("The last rows are the diversity re-ranking (`aisle.recommend.popularity-penalty`, off by "
                + "default): the same SASRec scores minus a popularity penalty, to judge how much accuracy each step of "
                + "coverage and exposure spread costs.");
        report.bullets(List.of(String.format(Locale.ROOT, "SASRec with the app's default hyper-parameters (`SasRecConfig.defaults()`, tuned on Beauty; `aisle.recommend.model.*` overrides them): "
                        + "max length %d, hidden %d, %d blocks, %d heads, dropout %.2f, lr %s, batch %d; %d epochs (best %d), "
                        + "%.1f s per epoch, %.1f min in all", c.maxLength(), c.hiddenSize(), c.blocks(), c.heads(),
                c.dropout(), c.learningRate(), c.batchSize(), f.offline().epochs(), f.offline().bestEpoch(),
                f.offline().secondsPerEpoch(), f.offline().trainingTime().toSeconds() / 60.0)));
        RecRunReport run = f.run();
        report.paragraph(String.format(Locale.ROOT, """
                **Retraining run** (`RecommendTrainingService.retrain`, what the schedule and `POST \
                /admin/recommend/retrain` do): read %,d sequences over %,d products from the event log, trained with \
                %,d customers' newest items held out for validation, %d epochs (best %d, %.1f s per epoch), wrote \
                the version, its item vectors with their HNSW index and every customer's vector in one transaction: \
                %.1f s in all. Validation NDCG@10: SASRec %.4f, most popular %.4f on the same cases.""",
                run.sequences(), run.items(), run.candidate().users(), run.epochs(), run.bestEpoch(), run.secondsPerEpoch(),
                run.seconds(), run.candidate().ndcg10(), run.popularity().ndcg10()));
        ItemHnswRecall.Result h = f.hnsw();
        List<List<String>> hnswRows = new ArrayList<>();
        for (int e = 0; e < ItemHnswRecall.EF.length; e++) {
            hnswRows.add(List.of("ef_search " + ItemHnswRecall.EF[e], String.format(Locale.ROOT, "%.3f", h.recall()[e]),
                    HttpLoad.ms(h.meanMs()[e]), String.format(Locale.ROOT, "%.1f×", h.exactMeanMs() / h.meanMs()[e])));
        }
        hnswRows.add(List.of("exact (sequential scan)", "1.000", HttpLoad.ms(h.exactMeanMs()), "1×"));
        report.paragraph(String.format(Locale.ROOT, "**HNSW vs exact** on the item table (%,d item vectors, inner "
                + "product, m 16 / ef_construction 64): top 10 for %d stored customer vectors. Plan: %s", run.items(),
                h.queries(), h.plan()));
        report.table(List.of("", "recall@10", "ms per query", "exact time / HNSW time"), hnswRows);
        report.paragraph("""
                **`GET /recommendations/{customerId}` latency**, end to end over HTTP from a client in the same JVM \
                (history read, customer vector, nearest items in pgvector with the history excluded, explanations, \
                product details, JSON; the impression event is logged asynchronously). "Stored vector": the \
                customer's vector from the retraining run is current. "Vector computed": stored vectors deleted first, \
                so every request runs the model on the customer's latest items and stores the vector. "Cold start": \
                an unknown customer (trending items).""");
        List<Latency> l = f.latency();
        report.table(List.of("path, clients", "", "requests", "p50 ms", "p95 ms", "p99 ms", "mean ms", "requests/s"),
                List.of(l.get(0).row("stored vector, 1", ""), l.get(1).row("stored vector, 8", ""),
                        l.get(2).row("vector computed, 1", ""), l.get(3).row("vector computed, 8", ""),
                        l.get(4).row("cold start, 1", "")));
        report.write(dataSource);
    }
}
