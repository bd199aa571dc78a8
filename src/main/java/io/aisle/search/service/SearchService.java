package io.aisle.search.service;

import io.aisle.catalog.mapping.ProductView;
import io.aisle.embedding.TextEmbedder;
import io.aisle.embedding.service.TextEmbedders;
import io.aisle.search.config.SearchConfig;
import io.aisle.search.model.Candidate;
import io.aisle.search.model.Facets;
import io.aisle.search.model.FusedHit;
import io.aisle.search.model.Ranking;
import io.aisle.search.model.SearchFilters;
import io.aisle.search.model.SearchHit;
import io.aisle.search.model.SearchMode;
import io.aisle.search.model.SearchRequest;
import io.aisle.search.model.SearchResult;
import io.aisle.search.query.ParsedQuery;
import io.aisle.search.query.QueryParser;
import io.aisle.search.repository.SearchProductRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

/**
 * Product search: reads the query (price phrases, categories, colours, negations become filters), asks the
 * retrievers of the mode for filtered candidates, fuses them (normalised scores or ranks), and pages the result with
 * facets over all of it. A query without words lists the filtered catalog instead.
 */
@ApplicationScoped
public class SearchService {

    private static final int MAX_PARALLEL_VECTOR_SIDES = 16;

    private final KeywordRetriever keyword;
    private final VectorRetriever vector;
    private final TextEmbedders embedders;
    private final QueryVocabularyCache vocabulary;
    private final SearchProductRepository products;
    private final SearchConfig config;
    private final Counter vectorFailures;
    // no context is carried over: the vector side reads through its own connection, outside any transaction
    private final ManagedExecutor workers = ManagedExecutor.builder().maxAsync(MAX_PARALLEL_VECTOR_SIDES)
            .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();

    public SearchService(KeywordRetriever keyword, VectorRetriever vector, TextEmbedders embedders,
                         QueryVocabularyCache vocabulary, SearchProductRepository products, SearchConfig config,
                         MeterRegistry registry) {
        this.vectorFailures = registry.counter("aisle.search.retriever.failed", "retriever", VectorRetriever.NAME);
        this.keyword = keyword;
        this.vector = vector;
        this.embedders = embedders;
        this.vocabulary = vocabulary;
        this.products = products;
        this.config = config;
    }

    public SearchResult search(SearchRequest request) {
        String query = request.query() == null ? "" : request.query();
        ParsedQuery parsed = request.interpret() ? QueryParser.parse(query, vocabulary.get()) : ParsedQuery.literal(query);
        SearchFilters filters = withQuery(request.filters(), parsed);
        TextEmbedder embedder = request.mode() == SearchMode.KEYWORD ? null
                : request.model() == null ? embedders.active() : embedders.byName(request.model());
        String modelName = embedder == null ? null : embedder.modelName();
        String mode = request.mode().wireName();
        try {
            if (parsed.hasNoText()) {
                return filters.isEmpty()
                        ? new SearchResult(mode, modelName, parsed, filters, List.of(), List.of(), request.page(),
                                request.size(), 0, Facets.EMPTY)
                        : list(request, parsed, filters);
            }
            int depth = Math.min(config.maxResults(),
                    Math.max(config.hybrid().candidates(), (request.page() + 1) * request.size()));
            List<String> relaxed = new ArrayList<>();
            List<FusedHit> fused = retrieve(request.mode(), embedder, parsed, filters, depth);
            if (fused.isEmpty() && filters.hasQueryGuesses()) {
                if (!filters.queryCategories().isEmpty()) {
                    relaxed.add("category");
                }
                if (!filters.queryColours().isEmpty()) {
                    relaxed.add("colour");
                }
                filters = filters.withoutQueryGuesses();
                fused = retrieve(request.mode(), embedder, parsed, filters, depth);
            }
            int from = Math.min(fused.size(), request.page() * request.size());
            List<FusedHit> page = fused.subList(from, Math.min(fused.size(), from + request.size()));
            List<SearchHit> items = hits(page);
            Facets facets = products.facets(fused.stream().map(FusedHit::productId).toList(),
                    config.facets().priceEdges());
            return new SearchResult(mode, modelName, parsed, filters, relaxed, items, request.page(), request.size(),
                    fused.size(), facets);
        } catch (SQLException e) {
            throw new IllegalStateException("search failed for '" + query + "'", e);
        }
    }

    /**
     * The fused candidates of a mode, best first (what an evaluation of a retriever combination needs): the vector
     * side reads the query's text, the keyword side its keyword text (gift phrasing left out). In hybrid mode the
     * vector side (query embedding on this machine's CPU, then the HNSW query) runs on a worker thread while the
     * keyword side waits on PostgreSQL, so a search costs the slower of the two, not their sum.
     */
    public List<FusedHit> retrieve(SearchMode mode, TextEmbedder embedder, ParsedQuery parsed, SearchFilters filters,
                                   int depth) {
        SearchConfig.Hybrid hybrid = config.hybrid();
        String text = parsed.text();
        CompletableFuture<List<Candidate>> vectorSide = switch (mode) {
            case KEYWORD -> null;
            // alone, its failure is the search's
            case VECTOR -> CompletableFuture.completedFuture(vector.retrieve(embedder, text, filters, depth));
            case HYBRID -> CompletableFuture.supplyAsync(() -> vector.retrieve(embedder, text, filters, depth), workers);
        };
        List<Ranking> rankings = new ArrayList<>(2);
        if (mode != SearchMode.VECTOR) {
            List<Candidate> found = keyword.retrieve(parsed.keywordText(), filters, depth);
            rankings.add(KeywordRetriever.ranking(found, hybrid.keywordWeight()));
        }
        if (vectorSide != null) {
            rankings.add(new Ranking(VectorRetriever.NAME, vectorCandidates(vectorSide, text), hybrid.vectorWeight()));
        }
        List<FusedHit> fused = hybrid.fusion().fuse(rankings, hybrid.rrfK());
        return fused.size() > depth ? fused.subList(0, depth) : fused;
    }

    /** Hybrid search degrades to keyword results rather than failing the shopper's search. */
    private List<Candidate> vectorCandidates(CompletableFuture<List<Candidate>> vectorSide, String text) {
        try {
            return vectorSide.join();
        } catch (CompletionException e) {
            vectorFailures.increment();
            Log.warnf(e.getCause(), "vector retrieval failed; answering '%s' from keyword candidates only", text);
            return List.of();
        }
    }

    @PreDestroy
    void stopWorkers() {
        workers.shutdown();
    }

    private SearchResult list(SearchRequest request, ParsedQuery parsed, SearchFilters filters) throws SQLException {
        Facets facets = products.facets(filters, config.facets().priceEdges());
        long total = facets.prices().stream().mapToLong(Facets.PriceBucket::count).sum();
        List<Long> ids = products.list(filters, request.page() * request.size(), request.size());
        Map<Long, ProductView> views = products.views(ids);
        List<SearchHit> items = ids.stream().filter(views::containsKey)
                .map(id -> new SearchHit(views.get(id), 0, List.of(), null, null)).toList();
        return new SearchResult("list", null, parsed, filters, List.of(), items,
                request.page(), request.size(), total, facets);
    }

    private List<SearchHit> hits(List<FusedHit> page) throws SQLException {
        Map<Long, ProductView> views = products.views(page.stream().map(FusedHit::productId).toList());
        List<SearchHit> items = new ArrayList<>(page.size());
        for (FusedHit hit : page) {
            ProductView view = views.get(hit.productId());
            if (view != null) { // deleted since it was found
                items.add(new SearchHit(view, hit.score(), List.copyOf(hit.retrievers().keySet()),
                        hit.retrievers().get(KeywordRetriever.NAME), hit.retrievers().get(VectorRetriever.NAME)));
            }
        }
        return items;
    }

    /** The caller's filters and the query's, all at once. */
    static SearchFilters withQuery(SearchFilters given, ParsedQuery parsed) {
        Set<String> excluded = new LinkedHashSet<>(given.excluded());
        excluded.addAll(parsed.excluded());
        return new SearchFilters(given.category(), union(given.queryCategories(), parsed.categories()),
                given.price().and(parsed.price()), given.inStock(), given.attributes(),
                union(given.queryColours(), parsed.colours()), List.copyOf(excluded));
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
