package io.aisle.search.service;

import io.aisle.embedding.TextEmbedder;
import io.aisle.search.config.SearchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/** Query vectors of recent queries: shoppers repeat queries, and the model is the slowest step of a search. */
@ApplicationScoped
public class QueryEmbeddingCache {

    private final Map<String, float[]> cache;

    public QueryEmbeddingCache(SearchConfig config) {
        int capacity = Math.max(0, config.vector().queryCacheSize());
        this.cache = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    public float[] embed(TextEmbedder embedder, String query) {
        String key = embedder.modelName() + '\u0000' + query;
        synchronized (cache) {
            float[] hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        float[] vector = embedder.embedQuery(query);
        synchronized (cache) {
            cache.put(key, vector);
        }
        return vector;
    }
}
