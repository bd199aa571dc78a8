package io.aisle.search.bench;

import io.aisle.embedding.TextEmbedder;
import io.aisle.search.bench.JudgedSet.Query;
import io.aisle.search.bench.RelevanceEvaluation.PerQuery;
import io.aisle.search.model.Candidate;
import io.aisle.search.model.FusedHit;
import io.aisle.search.model.Ranking;
import io.aisle.search.model.SearchFilters;
import io.aisle.search.query.QueryVocabulary;
import io.aisle.search.query.ParsedQuery;
import io.aisle.search.query.PriceRange;
import io.aisle.search.query.QueryParser;
import io.aisle.search.service.KeywordRetriever;
import io.aisle.search.service.HybridFusion;
import io.aisle.search.service.VectorRetriever;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hybrid fusion with other parameters than the configured ones, without changing the app: the query is read by
 * the app's own {@link QueryParser} (same filters, same relaxation when nothing matches the guessed filters), the
 * two retrievers are asked for their candidates at a given depth, and the lists are fused by the app's own
 * {@link HybridFusion} with the fusion, k and weights under test. With the configured parameters this reproduces
 * {@code SearchService.search} (checked by the benchmark).
 */
final class FusionSweep {

    record Config(HybridFusion fusion, int depth, int k, double keywordWeight, double vectorWeight) {
        String label() {
            String weights = "weights keyword " + trim(keywordWeight) + " / vector " + trim(vectorWeight);
            return fusion == HybridFusion.RRF ? "rrf, depth " + depth + ", k " + k + ", " + weights
                    : "convex, depth " + depth + ", " + weights;
        }

        private static String trim(double w) {
            return w == Math.rint(w) ? Long.toString((long) w) : Double.toString(w);
        }
    }

    /**
     * Ablations on the query side: {@code keepGiftWords} gives the keyword retriever the whole text, gift phrasing
     * included ("gift for someone who loves cats" instead of "cats"), as before the app read gift phrasing;
     * {@code noCategoryFilter} keeps the price, colour and negation filters read from the query but not the
     * category-name filter.
     */
    record Variant(boolean keepGiftWords, boolean noCategoryFilter) {
        static final Variant APP = new Variant(false, false);

        String label() {
            if (this.equals(APP)) {
                return "as the app reads the query";
            }
            List<String> parts = new ArrayList<>();
            if (keepGiftWords) {
                parts.add("gift phrasing kept in the keyword text");
            }
            if (noCategoryFilter) {
                parts.add("no category filter from query words");
            }
            return String.join(" + ", parts);
        }
    }

    /** The candidate lists of one query at one depth. */
    record Lists(List<Candidate> keyword, List<Candidate> vector) {
    }

    private final KeywordRetriever keyword;
    private final VectorRetriever vector;
    private final TextEmbedder embedder;
    private final QueryVocabulary vocabulary;
    private final Map<Long, String> skuOfId;
    /** variant/depth -> query id -> lists */
    private final Map<String, Map<String, Lists>> cache = new LinkedHashMap<>();

    FusionSweep(KeywordRetriever keyword, VectorRetriever vector, TextEmbedder embedder, QueryVocabulary vocabulary,
                Map<Long, String> skuOfId) {
        this.keyword = keyword;
        this.vector = vector;
        this.embedder = embedder;
        this.vocabulary = vocabulary;
        this.skuOfId = skuOfId;
    }

    Lists lists(Query q, int depth, Variant v) {
        return cache.computeIfAbsent(v + "/" + depth, d -> new LinkedHashMap<>())
                .computeIfAbsent(q.id(), id -> retrieve(q, depth, v));
    }

    private Lists retrieve(Query q, int depth, Variant v) {
        ParsedQuery parsed = QueryParser.parse(q.text(), vocabulary);
        if (parsed.hasNoText()) {
            return new Lists(List.of(), List.of());
        }
        SearchFilters filters = new SearchFilters(null, v.noCategoryFilter() ? List.of() : parsed.categories(),
                PriceRange.ANY.and(parsed.price()), null, Map.of(), parsed.colours(), parsed.excluded());
        String keywordText = v.keepGiftWords() ? parsed.text() : parsed.keywordText();
        Lists lists = fetch(keywordText, parsed.text(), filters, depth);
        if (lists.keyword().isEmpty() && lists.vector().isEmpty() && filters.hasQueryGuesses()) {
            lists = fetch(keywordText, parsed.text(), filters.withoutQueryGuesses(), depth);
        }
        return lists;
    }

    private Lists fetch(String keywordText, String text, SearchFilters filters, int depth) {
        return new Lists(keyword.retrieve(keywordText, filters, depth), vector.retrieve(embedder, text, filters, depth));
    }

    /** The fused ranking (skus, best first, at most {@code top}). */
    List<String> ranking(Query q, Config c, int top) {
        return ranking(q, c, top, Variant.APP);
    }

    List<String> ranking(Query q, Config c, int top, Variant v) {
        Lists l = lists(q, c.depth(), v);
        List<Ranking> rankings = List.of(
                KeywordRetriever.ranking(l.keyword(), c.keywordWeight()),
                new Ranking(VectorRetriever.NAME, l.vector(), c.vectorWeight()));
        List<FusedHit> fused = c.fusion().fuse(rankings, c.k());
        List<String> out = new ArrayList<>(Math.min(top, fused.size()));
        for (FusedHit hit : fused) {
            if (out.size() == top) {
                break;
            }
            String sku = skuOfId.get(hit.productId());
            if (sku != null) {
                out.add(sku);
            }
        }
        return out;
    }

    List<PerQuery> evaluate(JudgedSet set, Config c) {
        return evaluate(set, c, Variant.APP);
    }

    List<PerQuery> evaluate(JudgedSet set, Config c, Variant v) {
        List<PerQuery> rows = new ArrayList<>();
        for (Query q : set.queries) {
            rows.add(RelevanceEvaluation.evaluate(q, ranking(q, c, RelevanceMetrics.RECALL_DEPTH, v), set.of(q.id())));
        }
        return rows;
    }
}
