package io.aisle.search.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.bench.BenchmarkReport;
import io.aisle.catalog.demo.DemoStoreLoader;
import io.aisle.embedding.TextEmbedder;
import io.aisle.embedding.service.CatalogEmbeddingService;
import io.aisle.embedding.service.TextEmbedders;
import io.aisle.search.bench.JudgedSet.Grade;
import io.aisle.search.bench.JudgedSet.Query;
import io.aisle.search.bench.SearchRuns.Run;
import io.aisle.search.service.SearchService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Pools the candidates to judge: the top {@value #POOL_DEPTH} of every retriever set-up (keyword, vector per
 * embedding model, hybrid per embedding model) for every query of the judged set, on the full demo catalog.
 * Writes them with what a judge needs (title, category, attributes, price, which retrievers found them at which
 * rank, and the grade if already judged) to {@code target/search-judgement-pool.tsv} ({@code -Dsearch.pool.out}).
 * New pairs are judged by hand into {@code src/test/resources/search/judgements.tsv}; see docs/search-relevance.md.
 */
@QuarkusTest
@Tag("benchmark")
class SearchJudgementPoolBenchmark {

    static final int POOL_DEPTH = 20;

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

    @Test
    void pool() throws Exception {
        BenchmarkReport section = BenchmarkReport.start("search-judgement-pool",
                "Search relevance: judgement pool (demo catalog)", getClass(), "-Dtest=" + getClass().getSimpleName());
        long products = BenchCatalog.demo(dataSource, loader);
        List<TextEmbedder> models = embedders.available().stream().map(embedders::byName).toList();
        BenchCatalog.embed(embedding, models);
        JudgedSet set = JudgedSet.demo();
        List<Run> runs = SearchRuns.all(embedders);
        Map<String, BenchCatalog.ProductInfo> info = BenchCatalog.products(dataSource);

        Path out = Path.of(System.getProperty("search.pool.out", "target/search-judgement-pool.tsv"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        long pairs = 0;
        long unjudged = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("query_id\tquery\tkind\tsku\tgrade\tbest_rank\ttitle\tcategory\tattributes\tprice\tfound_by\n");
            for (Query q : set.queries) {
                Map<String, List<String>> foundBy = new LinkedHashMap<>();
                Map<String, Integer> bestRank = new LinkedHashMap<>();
                for (Run run : runs) {
                    List<String> skus = SearchRuns.skus(search, run, q.text(), POOL_DEPTH);
                    for (int i = 0; i < skus.size(); i++) {
                        String sku = skus.get(i);
                        foundBy.computeIfAbsent(sku, k -> new ArrayList<>()).add(run.name() + "@" + (i + 1));
                        bestRank.merge(sku, i + 1, Math::min);
                    }
                }
                List<String> ordered = new ArrayList<>(foundBy.keySet());
                ordered.sort((a, b) -> Integer.compare(bestRank.get(a), bestRank.get(b)));
                Map<String, Grade> judged = set.of(q.id());
                for (String sku : ordered) {
                    BenchCatalog.ProductInfo p = info.get(sku);
                    Grade g = judged.get(sku);
                    if (g == null) {
                        unjudged++;
                    }
                    pairs++;
                    w.write(String.join("\t", q.id(), q.text(), q.kind(), sku, g == null ? "" : g.name(),
                            Integer.toString(bestRank.get(sku)), clean(p.title()), clean(p.category()),
                            clean(p.attributes()), p.price(), String.join(",", foundBy.get(sku))));
                    w.write('\n');
                }
            }
        }
        assertTrue(pairs > 0, "the pool is empty");
        section.paragraph(String.format(Locale.ROOT, "Catalog: %,d products (the full demo store). Pool: the top %d "
                        + "results of %d retriever set-ups (%s) for each of the %d judged queries: %,d (query, product) "
                        + "pairs, of which %,d are not judged yet. Written to `%s` for judging into "
                        + "`src/test/resources/search/judgements.tsv` (rubric: docs/search-relevance.md).",
                products, POOL_DEPTH, runs.size(), String.join(", ", runs.stream().map(Run::name).toList()),
                set.queries.size(), pairs, unjudged, out));
        section.write(dataSource);
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }
}
