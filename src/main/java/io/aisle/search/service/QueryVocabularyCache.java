package io.aisle.search.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.catalog.model.ImportResult;
import io.aisle.search.config.SearchConfig;
import io.aisle.search.query.CategoryVocabulary;
import io.aisle.search.query.QueryVocabulary;
import io.aisle.search.query.Spelling;
import io.aisle.search.repository.SearchProductRepository;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The catalog's category names and words for query understanding, and its common lexemes for the keyword
 * retriever. After an import the next query reads them again; when they are older than the TTL they are read again in
 * the background while queries use the previous ones (reading a large catalog's words takes a while).
 */
@ApplicationScoped
public class QueryVocabularyCache {

    private final SearchProductRepository products;
    private final SearchConfig.Query config;
    private final int commonWordProducts;
    private final ObjectMapper mapper;
    private final AtomicBoolean reloading = new AtomicBoolean();
    private Set<String> englishWords;
    private volatile QueryVocabulary vocabulary;
    private volatile long loadedAt;
    /** Set by an import; a read that starts after it clears it, so an import during a read is not missed. */
    private volatile boolean stale = true;

    public QueryVocabularyCache(SearchProductRepository products, SearchConfig config, ObjectMapper mapper) {
        this.products = products;
        this.config = config.query();
        this.commonWordProducts = config.keyword().commonWordProducts();
        this.mapper = mapper;
    }

    public QueryVocabulary get() {
        if (stale) {
            synchronized (this) {
                if (stale) {
                    reload();
                }
            }
        } else if (System.nanoTime() - loadedAt > config.vocabularyCacheTtl().toNanos()
                && reloading.compareAndSet(false, true)) {
            CompletableFuture.runAsync(this::reload).whenComplete((done, failure) -> {
                reloading.set(false);
                if (failure != null) {
                    Log.warnf(failure, "re-reading the catalog's category names and words failed");
                }
            });
        }
        return vocabulary;
    }

    void invalidate(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportResult imported) {
        stale = true;
    }

    /** Spelling needs the English words: without them real words would be "corrected" to catalog words. */
    private synchronized boolean spellingOn() {
        if (!config.spelling()) {
            return false;
        }
        if (englishWords == null) {
            englishWords = EnglishWords.load(mapper);
            if (englishWords.isEmpty()) {
                Log.warnf("%s is not on the class path: query words are not spell-corrected",
                        EnglishWords.TOKENIZER_RESOURCE);
            }
        }
        return !englishWords.isEmpty();
    }

    private void reload() {
        QueryVocabulary current = vocabulary == null ? QueryVocabulary.EMPTY : vocabulary;
        long started = System.nanoTime();
        stale = false;
        try {
            CategoryVocabulary categories = CategoryVocabulary.of(products.categoryPaths(), config.ignoredCategoryNames());
            Spelling spelling = spellingOn() ? Spelling.of(products.wordCounts(), englishWords) : Spelling.NONE;
            current = new QueryVocabulary(categories, spelling, products.commonLexemes(commonWordProducts));
        } catch (SQLException e) {
            Log.warnf(e, "reading the catalog's category names and words failed; queries are read with the previous ones");
        }
        vocabulary = current;
        loadedAt = started;
    }
}
