package io.aisle.search.bench;

import static io.aisle.search.bench.RelevanceEvaluation.f3;
import static io.aisle.search.bench.RelevanceEvaluation.pct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.bench.BenchmarkReport;
import io.aisle.catalog.demo.DemoStoreLoader;
import io.aisle.catalog.service.ProductImportService;
import io.aisle.embedding.TextEmbedder;
import io.aisle.embedding.service.CatalogEmbeddingService;
import io.aisle.embedding.service.EmbeddingReport;
import io.aisle.embedding.service.TextEmbedders;
import io.aisle.search.bench.FusionSweep.Config;
import io.aisle.search.bench.JudgedSet.Query;
import io.aisle.search.bench.RelevanceEvaluation.PerQuery;
import io.aisle.search.bench.RelevanceEvaluation.Summary;
import io.aisle.search.bench.SearchRuns.Run;
import io.aisle.search.config.SearchConfig;
import io.aisle.search.model.SearchMode;
import io.aisle.search.service.QueryVocabularyCache;
import io.aisle.search.service.HybridFusion;
import io.aisle.search.service.KeywordRetriever;
import io.aisle.search.service.SearchService;
import io.aisle.search.service.VectorRetriever;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Search relevance against judged queries: nDCG@10, MRR and recall@50 for keyword only, vector only (every embedding
 * model) and hybrid (every embedding model), overall and per query kind, through {@link SearchService#search} as
 * {@code GET /search} runs it (query understanding on). Then reciprocal-rank-fusion parameters (k, weights, candidate
 * depth) are swept offline with the app's own retrievers and fusion, with a two-fold cross-validation over queries.
 *
 * <p>Default: the demo catalog and {@code src/test/resources/search/{queries,judgements}.tsv}. With
 * {@code -Dwands.dir=/path/to/WANDS/dataset} (product.csv, query.csv, label.csv) it imports the WANDS catalog
 * through {@link ProductImportService} into the database it runs against instead and reports the same metrics on
 * the WANDS labels. See docs/search-relevance.md.
 */
@QuarkusTest
@Tag("benchmark")
class SearchRelevanceBenchmark {

    static final int[] DEPTHS = {20, 50, 100, 200};
    static final int[] KS = {1, 5, 10, 20, 30, 60, 100, 200};
    static final double[] KEYWORD_WEIGHTS = {0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0};
    static final double GOAL = 0.05;

    @Inject
    DataSource dataSource;
    @Inject
    DemoStoreLoader loader;
    @Inject
    CatalogEmbeddingService embedding;
    @Inject
    TextEmbedders embedders;
    @Inject
    SearchService search;
    @Inject
    KeywordRetriever keyword;
    @Inject
    VectorRetriever vector;
    @Inject
    QueryVocabularyCache vocabulary;
    @Inject
    ProductImportService importer;
    @Inject
    SearchConfig config;

    @Test
    void relevance() throws Exception {
        String wandsDir = System.getProperty("wands.dir", "").strip();
        if (!wandsDir.isEmpty()) {
            wands(Path.of(wandsDir));
        } else {
            demo();
        }
    }

    // ---------------------------------------------------------------- demo catalog

    private void demo() throws Exception {
        BenchmarkReport section = BenchmarkReport.start("search-relevance",
                "Search relevance: judged queries on the demo catalog", getClass(), "-Dtest=" + getClass().getSimpleName());
        long products = BenchCatalog.demo(dataSource, loader);
        List<TextEmbedder> models = embedders.available().stream().map(embedders::byName).toList();
        BenchCatalog.embed(embedding, models);
        JudgedSet set = JudgedSet.demo();
        assertTrue(set.judgedPairs() > 0, "no judgements in " + JudgedSet.JUDGEMENTS);

        List<Run> runs = SearchRuns.all(embedders);
        Map<Run, List<PerQuery>> results = evaluateRuns(set, runs);
        Map<Run, List<List<String>>> rankings = lastRankings;

        Run hybridDefault = runs.stream().filter(r -> r.mode() == SearchMode.HYBRID).findFirst().orElseThrow();
        List<Run> singles = runs.stream().filter(r -> r.mode() != SearchMode.HYBRID).toList();
        Run bestSingle = singles.stream().max(Comparator.comparingDouble(r -> RelevanceEvaluation.summarize(results.get(r)).ndcg()))
                .orElseThrow();
        Run bestHybrid = runs.stream().filter(r -> r.mode() == SearchMode.HYBRID)
                .max(Comparator.comparingDouble(r -> RelevanceEvaluation.summarize(results.get(r)).ndcg())).orElseThrow();

        long added = countAdded();
        int answerable = (int) set.queries.stream().filter(q -> set.answerable(q.id())).count();
        List<String> noAnswer = set.queries.stream().filter(q -> !set.answerable(q.id())).map(Query::text).toList();
        section.paragraph(String.format(Locale.ROOT, "Catalog: %,d products (the full demo store), every product embedded "
                        + "with each model. Judged set: %d queries written for this catalog "
                        + "(`src/test/resources/search/queries.tsv`), %,d judged (query, product) pairs "
                        + "(`judgements.tsv`: the top 20 of every set-up below pooled, each pair graded Exact/Partial/"
                        + "Irrelevant by the rubric in docs/search-relevance.md, plus %d Exact products added by hand for "
                        + "queries whose pool held fewer than ten). %d queries have at least one Exact or Partial product; "
                        + "the %d without any (%s) are left out of the means. Every set-up is asked through "
                        + "`SearchService.search` exactly as `GET /search?q=..&mode=..&model=..&size=50` asks it (query "
                        + "understanding on: price phrases, category words, colours and negations become filters for every "
                        + "retriever). Unjudged results count as Irrelevant; \"judged@10\" is the share of top-10 results "
                        + "that carry a judgement.", products, set.queries.size(), set.judgedPairs(), added, answerable,
                noAnswer.size(), String.join(", ", noAnswer.stream().map(s -> "\"" + s + "\"").toList())));
        section.paragraph("nDCG@10: gains Exact 1, Partial 0.5, Irrelevant or unjudged 0, discount log2(rank+1), divided "
                + "by the DCG of the ideal order of all the query's judged products. MRR: 1/rank of the first Exact "
                + "product in the top 50 (queries with an Exact product). recall@50: share of the query's judged Exact + "
                + "Partial products found in the top 50.");

        List<List<String>> overall = new ArrayList<>();
        for (Run run : runs) {
            Summary s = RelevanceEvaluation.summarize(results.get(run));
            overall.add(List.of(run.name() + (run.equals(hybridDefault) ? " (as configured)" : ""), f3(s.ndcg()),
                    f3(s.mrr()), f3(s.recall()), f3(s.judgedAt10()), String.format(Locale.ROOT, "%.0f", runMillis.get(run))));
        }
        section.table(List.of("set-up", "nDCG@10", "MRR", "recall@50", "judged@10", "ms/query"), overall);

        // per kind
        List<String> kinds = new ArrayList<>(new LinkedHashSet<>(set.queries.stream().map(Query::kind).toList()));
        List<String> header = new ArrayList<>(List.of("kind (queries)"));
        runs.forEach(r -> header.add(shortName(r)));
        List<List<String>> perKind = new ArrayList<>();
        for (String kind : kinds) {
            List<String> row = new ArrayList<>();
            long n = set.queries.stream().filter(q -> q.kind().equals(kind) && set.answerable(q.id())).count();
            row.add(kind + " (" + n + ")");
            for (Run run : runs) {
                row.add(f3(RelevanceEvaluation.summarize(results.get(run), r -> r.query().kind().equals(kind)).ndcg()));
            }
            perKind.add(row);
        }
        section.paragraph("nDCG@10 per query kind:");
        section.table(header, perKind);

        // goal
        Summary h = RelevanceEvaluation.summarize(results.get(hybridDefault));
        Summary b = RelevanceEvaluation.summarize(results.get(bestSingle));
        double gain = h.ndcg() / b.ndcg() - 1;
        double[] ci = RelevanceEvaluation.pairedBootstrap(results.get(hybridDefault), results.get(bestSingle),
                PerQuery::ndcg, 2000, 42);
        section.paragraph(String.format(Locale.ROOT, "**Goal: hybrid beats the best single retriever by at least 5%% "
                        + "nDCG@10 — %s.** Hybrid as configured (%s) %s vs the best single retriever (%s) %s: %s "
                        + "(paired difference %+.3f, 95%% bootstrap interval %+.3f to %+.3f over %d queries). Best hybrid "
                        + "(%s): %s.", gain >= GOAL ? "met" : "not met", hybridDefault.name(), f3(h.ndcg()), bestSingle.name(),
                f3(b.ndcg()), pct(gain), ci[0], ci[1], ci[2], h.answerable(), bestHybrid.name(),
                f3(RelevanceEvaluation.summarize(results.get(bestHybrid)).ndcg())));

        // query understanding off (interpret=false): what the filters taken from the query's words contribute
        List<Run> literal = SearchRuns.literal(embedders);
        Map<Run, List<PerQuery>> literalResults = evaluateRuns(set, literal);
        List<List<String>> literalRows = new ArrayList<>();
        for (Run run : literal) {
            Summary s = RelevanceEvaluation.summarize(literalResults.get(run));
            literalRows.add(List.of(run.name(), f3(s.ndcg()), f3(s.mrr()), f3(s.recall()), f3(s.judgedAt10())));
        }
        section.paragraph("The same with query understanding off (`interpret=false`: no price, category, colour or "
                + "negation filters from the query's words). The pool was drawn with it on, so more results here are "
                + "unjudged (judged@10 below 1) and count as Irrelevant: these figures lean low.");
        section.table(List.of("set-up", "nDCG@10", "MRR", "recall@50", "judged@10"), literalRows);

        // fusion sweep, for the configured model and the best vector model
        Map<Long, String> skuOfId = skus();
        List<TextEmbedder> sweepModels = new ArrayList<>();
        sweepModels.add(embedders.active());
        singles.stream().filter(r -> r.mode() == SearchMode.VECTOR)
                .max(Comparator.comparingDouble(r -> RelevanceEvaluation.summarize(results.get(r)).ndcg()))
                .map(r -> embedders.byName(r.model())).filter(e -> !e.modelName().equals(embedders.activeName()))
                .ifPresent(sweepModels::add);
        for (TextEmbedder model : sweepModels) {
            Run hybridOfModel = runs.stream().filter(r -> r.mode() == SearchMode.HYBRID && r.model().equals(model.modelName()))
                    .findFirst().orElseThrow();
            sweep(section, set, model, skuOfId, rankings.get(hybridOfModel), b.ndcg(), bestSingle.name(),
                    results.get(bestSingle));
        }
        section.write(dataSource);
    }

    private void sweep(BenchmarkReport section, JudgedSet set, TextEmbedder model, Map<Long, String> skuOfId,
                       List<List<String>> searchedRankings, double bestSingleNdcg, String bestSingleName,
                       List<PerQuery> bestSingleRows) {
        long started = System.nanoTime();
        FusionSweep sweep = new FusionSweep(keyword, vector, model, vocabulary.get(), skuOfId);
        SearchConfig.Hybrid hc = config.hybrid();
        Config configured = new Config(hc.fusion(), Math.max(hc.candidates(), RelevanceMetrics.RECALL_DEPTH), hc.rrfK(),
                hc.keywordWeight(), hc.vectorWeight());
        // the sweep's fusion with the configured parameters must be what /search answers
        int same = 0;
        for (int i = 0; i < set.queries.size(); i++) {
            if (sweep.ranking(set.queries.get(i), configured, RelevanceMetrics.RECALL_DEPTH).equals(searchedRankings.get(i))) {
                same++;
            }
        }
        Map<Config, Double> all = new LinkedHashMap<>();
        Map<Config, Double> foldOdd = new LinkedHashMap<>();
        Map<Config, Double> foldEven = new LinkedHashMap<>();
        Map<Config, List<PerQuery>> rowsOf = new LinkedHashMap<>();
        Predicate<PerQuery> odd = r -> Integer.parseInt(r.query().id().substring(1)) % 2 == 1;
        List<Config> grid = new ArrayList<>();
        for (int depth : DEPTHS) {
            for (double w : KEYWORD_WEIGHTS) {
                grid.add(new Config(HybridFusion.CONVEX, depth, configured.k(), w, 1.0));
                for (int k : KS) {
                    grid.add(new Config(HybridFusion.RRF, depth, k, w, 1.0));
                }
            }
        }
        for (Config c : grid) {
            List<PerQuery> rows = sweep.evaluate(set, c);
            rowsOf.put(c, rows);
            all.put(c, RelevanceEvaluation.summarize(rows).ndcg());
            foldOdd.put(c, RelevanceEvaluation.summarize(rows, odd).ndcg());
            foldEven.put(c, RelevanceEvaluation.summarize(rows, odd.negate()).ndcg());
        }
        int convexSetUps = (int) grid.stream().filter(c -> c.fusion() == HybridFusion.CONVEX).count();
        List<PerQuery> configuredRows = sweep.evaluate(set, configured);
        double configuredNdcg = RelevanceEvaluation.summarize(configuredRows).ndcg();
        Config best = argmax(all);
        Config bestOdd = argmax(foldOdd);
        Config bestEven = argmax(foldEven);
        double heldOut = (RelevanceEvaluation.summarize(rowsOf.get(bestOdd), odd.negate()).ndcg()
                * RelevanceEvaluation.summarize(rowsOf.get(bestOdd), odd.negate()).answerable()
                + RelevanceEvaluation.summarize(rowsOf.get(bestEven), odd).ndcg()
                * RelevanceEvaluation.summarize(rowsOf.get(bestEven), odd).answerable())
                / (RelevanceEvaluation.summarize(rowsOf.get(bestOdd), odd.negate()).answerable()
                + RelevanceEvaluation.summarize(rowsOf.get(bestEven), odd).answerable());

        section.paragraph(String.format(Locale.ROOT, "**Fusion parameters, hybrid with %s** (%d set-ups: candidate depth "
                        + "%s × keyword weight %s with vector weight 1, fused by convex combination of normalised "
                        + "scores (%d set-ups) and by reciprocal rank fusion with k %s (%d), offline by the app's own "
                        + "`HybridFusion` over the app's own retrievers and query parser; with the configured "
                        + "parameters this reproduces the `/search` ranking for %d of %d queries; %.0f s). Best single "
                        + "retriever for comparison: %s %s.", model.modelName(), all.size(), joinInts(DEPTHS),
                joinDoubles(KEYWORD_WEIGHTS), convexSetUps, joinInts(KS), all.size() - convexSetUps, same,
                set.queries.size(), (System.nanoTime() - started) / 1e9, bestSingleName, f3(bestSingleNdcg)));
        List<List<String>> rows = new ArrayList<>();
        rows.add(sweepRow("as configured: " + configured.label(), configuredNdcg, bestSingleNdcg));
        rows.add(sweepRow("best of all " + all.size() + " (in-sample): " + best.label(), all.get(best), bestSingleNdcg));
        rows.add(sweepRow("best on odd-numbered queries: " + bestOdd.label() + " → on even-numbered",
                RelevanceEvaluation.summarize(rowsOf.get(bestOdd), odd.negate()).ndcg(),
                RelevanceEvaluation.summarize(bestSingleRows, odd.negate()).ndcg()));
        rows.add(sweepRow("best on even-numbered queries: " + bestEven.label() + " → on odd-numbered",
                RelevanceEvaluation.summarize(rowsOf.get(bestEven), odd).ndcg(),
                RelevanceEvaluation.summarize(bestSingleRows, odd).ndcg()));
        rows.add(sweepRow("two-fold cross-validated (held-out queries only)", heldOut, bestSingleNdcg));
        // one-parameter-at-a-time views around the configured point
        int depth0 = nearestDepth(configured.depth());
        Config rankFusion = new Config(HybridFusion.RRF, depth0, configured.k(), configured.keywordWeight(), 1.0);
        Config bestRankFusion = argmax(filtered(all, c -> c.fusion() == HybridFusion.RRF));
        rows.add(sweepRow("reciprocal rank fusion at the same point: " + rankFusion.label(), all.get(rankFusion),
                bestSingleNdcg));
        rows.add(sweepRow("best reciprocal rank fusion (in-sample): " + bestRankFusion.label(), all.get(bestRankFusion),
                bestSingleNdcg));
        for (double w : KEYWORD_WEIGHTS) {
            Config c = new Config(configured.fusion(), depth0, configured.k(), w, 1.0);
            rows.add(sweepRow("keyword weight " + w + " (" + c.label() + ")", all.get(c), bestSingleNdcg));
        }
        for (int k : KS) {
            Config c = new Config(HybridFusion.RRF, depth0, k, configured.keywordWeight(), 1.0);
            rows.add(sweepRow("RRF k " + k + " (" + c.label() + ")", all.get(c), bestSingleNdcg));
        }
        for (int depth : DEPTHS) {
            Config c = new Config(configured.fusion(), depth, configured.k(), configured.keywordWeight(), 1.0);
            rows.add(sweepRow("candidate depth " + depth + " (" + c.label() + ")", all.get(c), bestSingleNdcg));
        }
        section.table(List.of("fusion set-up", "nDCG@10", "vs best single"), rows);

        // per kind: configured vs best
        List<String> kinds = new ArrayList<>(new LinkedHashSet<>(set.queries.stream().map(Query::kind).toList()));
        List<List<String>> kindRows = new ArrayList<>();
        for (String kind : kinds) {
            Predicate<PerQuery> ofKind = r -> r.query().kind().equals(kind);
            kindRows.add(List.of(kind, f3(RelevanceEvaluation.summarize(configuredRows, ofKind).ndcg()),
                    f3(RelevanceEvaluation.summarize(rowsOf.get(best), ofKind).ndcg())));
        }
        section.paragraph("Per kind, hybrid with " + model.modelName() + ": configured vs the best fusion set-up above:");
        section.table(List.of("kind", "configured", "best set-up"), kindRows);

        // query-side ablations, at the configured and at the best fusion parameters
        List<FusionSweep.Variant> variants = List.of(new FusionSweep.Variant(true, false),
                new FusionSweep.Variant(false, true), new FusionSweep.Variant(true, true));
        List<List<String>> variantRows = new ArrayList<>();
        for (FusionSweep.Variant v : variants) {
            for (Config c : List.of(configured, best)) {
                List<PerQuery> vr = sweep.evaluate(set, c, v);
                Summary vs = RelevanceEvaluation.summarize(vr);
                variantRows.add(List.of(v.label() + (c.equals(configured) ? ", configured fusion" : ", best fusion above"),
                        f3(vs.ndcg()), pct(vs.ndcg() / bestSingleNdcg - 1),
                        f3(RelevanceEvaluation.summarize(vr, r -> r.query().kind().equals("gift")).ndcg()),
                        f3(RelevanceEvaluation.summarize(vr, r -> r.query().kind().equals("long")).ndcg())));
            }
        }
        section.paragraph("Query-side ablations with hybrid " + model.modelName() + " (in the benchmark only; judged with "
                + "the same judgements, so newly surfaced unjudged products count as Irrelevant): gift phrasing kept in "
                + "the keyword retriever's text (the app takes \"gift for someone who loves\" and the like out of it, "
                + "`GiftIntent`); the category-name filter from query words dropped (price, colour and negation filters "
                + "kept).");
        section.table(List.of("variant", "nDCG@10", "vs best single", "gift", "long"), variantRows);
        Log.infof("fusion sweep %s: configured %.3f, best %s %.3f, cross-validated %.3f, /search reproduced %d/%d",
                model.modelName(), configuredNdcg, best.label(), all.get(best), heldOut, same, set.queries.size());
        assertEquals(set.queries.size(), same, "the offline fusion must reproduce /search with the configured parameters");
    }

    private static int nearestDepth(int depth) {
        int best = DEPTHS[0];
        for (int d : DEPTHS) {
            if (Math.abs(d - depth) < Math.abs(best - depth)) {
                best = d;
            }
        }
        return best;
    }

    private static List<String> sweepRow(String label, double ndcg, double bestSingle) {
        return List.of(label, f3(ndcg), Double.isNaN(bestSingle) ? "–" : pct(ndcg / bestSingle - 1));
    }

    private static Map<Config, Double> filtered(Map<Config, Double> scores, Predicate<Config> which) {
        Map<Config, Double> out = new LinkedHashMap<>();
        scores.forEach((c, v) -> {
            if (which.test(c)) {
                out.put(c, v);
            }
        });
        return out;
    }

    private static Config argmax(Map<Config, Double> scores) {
        return scores.entrySet().stream().filter(e -> !Double.isNaN(e.getValue()))
                .max(Map.Entry.<Config, Double>comparingByValue()).orElseThrow().getKey();
    }

    private static String joinInts(int[] values) {
        List<String> out = new ArrayList<>();
        for (int v : values) {
            out.add(Integer.toString(v));
        }
        return "{" + String.join(", ", out) + "}";
    }

    private static String joinDoubles(double[] values) {
        List<String> out = new ArrayList<>();
        for (double v : values) {
            out.add(v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
        }
        return "{" + String.join(", ", out) + "}";
    }

    private static String shortName(Run r) {
        return r.name().replace("all-minilm-l6-v2-q", "minilm-q").replace("all-minilm-l6-v2", "minilm")
                .replace("bge-small-en-v15", "bge");
    }

    // ---------------------------------------------------------------- shared

    private final Map<Run, Double> runMillis = new LinkedHashMap<>();
    private Map<Run, List<List<String>>> lastRankings = Map.of();

    private Map<Run, List<PerQuery>> evaluateRuns(JudgedSet set, List<Run> runs) {
        Map<Run, List<PerQuery>> out = new LinkedHashMap<>();
        Map<Run, List<List<String>>> rankings = new LinkedHashMap<>();
        for (Run run : runs) {
            SearchRuns.skus(search, run, set.queries.get(0).text(), RelevanceMetrics.RECALL_DEPTH); // warm the model
            long started = System.nanoTime();
            List<PerQuery> rows = new ArrayList<>();
            List<List<String>> rs = new ArrayList<>();
            for (Query q : set.queries) {
                List<String> ranking = SearchRuns.skus(search, run, q.text(), RelevanceMetrics.RECALL_DEPTH);
                rs.add(ranking);
                rows.add(RelevanceEvaluation.evaluate(q, ranking, set.of(q.id())));
            }
            runMillis.put(run, (System.nanoTime() - started) / 1e6 / set.queries.size());
            out.put(run, rows);
            rankings.put(run, rs);
            Summary s = RelevanceEvaluation.summarize(rows);
            Log.infof("relevance %s: nDCG@10 %.3f MRR %.3f recall@50 %.3f judged@10 %.3f", run.name(), s.ndcg(), s.mrr(),
                    s.recall(), s.judgedAt10());
        }
        lastRankings = rankings;
        return out;
    }

    private Map<Long, String> skus() throws SQLException {
        Map<Long, String> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, sku FROM products")) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2));
            }
        }
        return out;
    }

    private static long countAdded() {
        try {
            return java.nio.file.Files.readAllLines(JudgedSet.JUDGEMENTS).stream().filter(l -> l.endsWith("\tadded")).count();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    // ---------------------------------------------------------------- WANDS

    private void wands(Path dir) throws Exception {
        List<String> modelNames = wandsModels();
        BenchmarkReport section = BenchmarkReport.start("search-relevance-wands",
                "Search relevance: WANDS (Wayfair ANnotation DataSet)", getClass(),
                "-Dtest=" + getClass().getSimpleName() + " -Dwands.dir=" + dir
                        + (System.getProperty("wands.models") == null ? "" : " -Dwands.models=" + String.join(",", modelNames)));
        WandsDataset wands = WandsDataset.read(dir);
        long foreign = BenchCatalog.count(dataSource, "SELECT count(*) FROM products WHERE sku NOT LIKE '"
                + BenchCatalog.WANDS_PREFIX + "%'");
        if (foreign > 0) {
            throw new IllegalStateException(foreign + " products in this database are not WANDS products; run the WANDS "
                    + "evaluation against a database of its own (AISLE_TEST_DB_URL=.../aisle_wands), see docs/search-relevance.md");
        }
        long importStarted = System.nanoTime();
        long imported = wands.importCatalog(importer);
        double importSeconds = (System.nanoTime() - importStarted) / 1e9;
        List<TextEmbedder> models = modelNames.stream().map(embedders::byName).toList();
        Map<String, EmbeddingReport> embedded = BenchCatalog.embed(embedding, models);
        JudgedSet set = wands.judgedSet();

        List<Run> runs = new ArrayList<>();
        runs.add(new Run("keyword", SearchMode.KEYWORD, null));
        modelNames.forEach(m -> runs.add(new Run("vector " + m, SearchMode.VECTOR, m)));
        modelNames.forEach(m -> runs.add(new Run("hybrid " + m, SearchMode.HYBRID, m)));
        Map<Run, List<PerQuery>> results = evaluateRuns(set, runs);

        List<String> embeddedText = new ArrayList<>();
        embedded.forEach((m, r) -> embeddedText.add(String.format(Locale.ROOT, "%s %,d products in %.0f s (%.0f/s)", m,
                r.embedded(), r.seconds(), r.productsPerSecond())));
        section.paragraph(String.format(Locale.ROOT, "WANDS files from `%s`: %,d products imported through "
                        + "`ProductImportService` (sku `wands-<product_id>`, title = product_name, category = category "
                        + "hierarchy, description, product_features and product_class as attributes, price 0: WANDS has no "
                        + "prices) in %.0f s; embedded: %s. %d queries, %,d labels (Exact 1, Partial 0.5, Irrelevant 0; "
                        + "unlabelled results count as Irrelevant). Queries are split as in /work/shared/data/wands: even "
                        + "query_id = public half, odd = hidden half; nothing here was tuned on WANDS.",
                dir, imported, importSeconds, String.join("; ", embeddedText), set.queries.size(), set.judgedPairs()));
        List<List<String>> rows = new ArrayList<>();
        for (Run run : runs) {
            Summary all = RelevanceEvaluation.summarize(results.get(run));
            Summary even = RelevanceEvaluation.summarize(results.get(run), r -> r.query().kind().equals("even"));
            Summary odd = RelevanceEvaluation.summarize(results.get(run), r -> r.query().kind().equals("odd"));
            rows.add(List.of(run.name(), f3(all.ndcg()), f3(all.mrr()), f3(all.recall()), f3(all.judgedAt10()),
                    f3(even.ndcg()), f3(odd.ndcg())));
        }
        section.table(List.of("set-up", "nDCG@10", "MRR", "recall@50", "judged@10", "nDCG@10 even ids", "nDCG@10 odd ids"),
                rows);
        section.write(dataSource);
    }

    private List<String> wandsModels() {
        String given = System.getProperty("wands.models", "").strip();
        if (given.isEmpty()) {
            return List.of(embedders.activeName());
        }
        if (given.equals("all")) {
            return embedders.available();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String m : given.split(",")) {
            out.add(m.strip());
        }
        return List.copyOf(out);
    }
}
