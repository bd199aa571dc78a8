package io.aisle.search.bench;

import io.aisle.embedding.service.TextEmbedders;
import io.aisle.search.model.SearchFilters;
import io.aisle.search.model.SearchMode;
import io.aisle.search.model.SearchRequest;
import io.aisle.search.model.SearchResult;
import io.aisle.search.service.SearchService;
import java.util.ArrayList;
import java.util.List;

/**
 * The retriever set-ups the evaluation compares, each asked through {@link SearchService#search} exactly as
 * {@code GET /search?q=..&mode=..&model=..} asks it: query understanding on (price phrases, category words,
 * colours and negations become filters that every retriever applies), first page of {@code depth} results.
 */
final class SearchRuns {

    /** @param interpret false: the query taken literally ({@code interpret=false}), no filters from its words */
    record Run(String name, SearchMode mode, String model, boolean interpret) {
        Run(String name, SearchMode mode, String model) {
            this(name, mode, model, true);
        }
    }

    private SearchRuns() {
    }

    /** keyword; vector for every embedding model; hybrid for every embedding model (configured model first). */
    static List<Run> all(TextEmbedders embedders) {
        List<String> models = new ArrayList<>();
        models.add(embedders.activeName());
        embedders.available().stream().filter(m -> !m.equals(embedders.activeName())).forEach(models::add);
        List<Run> runs = new ArrayList<>();
        runs.add(new Run("keyword", SearchMode.KEYWORD, null));
        models.forEach(m -> runs.add(new Run("vector " + m, SearchMode.VECTOR, m)));
        models.forEach(m -> runs.add(new Run("hybrid " + m, SearchMode.HYBRID, m)));
        return runs;
    }

    /** keyword, vector and hybrid with the configured model, the query taken literally (no filters from its words). */
    static List<Run> literal(TextEmbedders embedders) {
        String m = embedders.activeName();
        return List.of(new Run("keyword, literal", SearchMode.KEYWORD, null, false),
                new Run("vector " + m + ", literal", SearchMode.VECTOR, m, false),
                new Run("hybrid " + m + ", literal", SearchMode.HYBRID, m, false));
    }

    /** The skus of the first {@code depth} results, best first. */
    static List<String> skus(SearchService search, Run run, String query, int depth) {
        SearchResult result = search.search(new SearchRequest(query, SearchFilters.NONE, run.mode(), run.model(),
                run.interpret(), 0, depth));
        return result.items().stream().map(hit -> hit.product().sku()).toList();
    }
}
