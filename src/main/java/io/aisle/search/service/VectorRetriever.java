package io.aisle.search.service;

import io.aisle.embedding.TextEmbedder;
import io.aisle.embedding.service.TextEmbedders;
import io.aisle.search.config.SearchConfig;
import io.aisle.search.model.Candidate;
import io.aisle.search.model.SearchFilters;
import io.aisle.search.repository.VectorSearchRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.List;

/** The vector retriever on its own, for the configured embedding model or any other by name. */
@ApplicationScoped
public class VectorRetriever {

    public static final String NAME = "vector";

    private final VectorSearchRepository repository;
    private final TextEmbedders embedders;
    private final QueryEmbeddingCache queryVectors;
    private final SearchConfig.Vector config;

    public VectorRetriever(VectorSearchRepository repository, TextEmbedders embedders, QueryEmbeddingCache queryVectors,
                           SearchConfig config) {
        this.repository = repository;
        this.embedders = embedders;
        this.queryVectors = queryVectors;
        this.config = config.vector();
    }

    /** With the configured model. */
    public List<Candidate> retrieve(String text, SearchFilters filters, int limit) {
        return retrieve(embedders.active(), text, filters, limit);
    }

    public List<Candidate> retrieve(TextEmbedder embedder, String text, SearchFilters filters, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        return neighbours(embedder, queryVectors.embed(embedder, text), filters, null, limit);
    }

    /** Products nearest to a vector, leaving out {@code excludeProductId} (may be null). */
    public List<Candidate> neighbours(TextEmbedder embedder, float[] vector, SearchFilters filters, Long excludeProductId,
                                      int limit) {
        return neighbours(embedder, vector, filters, excludeProductId, limit, config.efSearch());
    }

    /** As {@link #neighbours(TextEmbedder, float[], SearchFilters, Long, int)} with an explicit ef_search (benchmarks). */
    public List<Candidate> neighbours(TextEmbedder embedder, float[] vector, SearchFilters filters, Long excludeProductId,
                                      int limit, int efSearch) {
        try {
            List<Candidate> found = repository.nearest(embedder.modelName(), embedder.dimension(), vector, filters,
                    excludeProductId, limit, efSearch, config.walkCost());
            double min = config.minSimilarity();
            return min <= 0 ? found : found.stream().filter(c -> c.score() >= min).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("vector search with " + embedder.modelName() + " failed", e);
        }
    }
}
