package io.aisle.search.service;

import io.aisle.catalog.model.ImportResult;
import io.aisle.search.config.SearchConfig;
import io.aisle.search.query.CategoryVocabulary;
import io.aisle.search.repository.SearchProductRepository;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.SQLException;
import java.time.Duration;

/** The catalog's category names for query understanding, re-read after imports and at most every TTL. */
@ApplicationScoped
public class CategoryVocabularyCache {

    private final SearchProductRepository products;
    private final SearchConfig.Query config;
    private volatile CategoryVocabulary vocabulary = CategoryVocabulary.EMPTY;
    private volatile long loadedAt = Long.MIN_VALUE;

    public CategoryVocabularyCache(SearchProductRepository products, SearchConfig config) {
        this.products = products;
        this.config = config.query();
    }

    public CategoryVocabulary get() {
        Duration ttl = config.categoryCacheTtl();
        if (loadedAt == Long.MIN_VALUE || System.nanoTime() - loadedAt > ttl.toNanos()) {
            reload();
        }
        return vocabulary;
    }

    void invalidate(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportResult imported) {
        loadedAt = Long.MIN_VALUE;
    }

    private synchronized void reload() {
        try {
            vocabulary = CategoryVocabulary.of(products.categoryPaths(), config.ignoredCategoryNames());
        } catch (SQLException e) {
            Log.warnf(e, "reading category names failed; queries are read without them for now");
        }
        loadedAt = System.nanoTime();
    }
}
