package io.aisle.embedding.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.embedding.TextEmbedder;
import io.aisle.embedding.Vectors;
import io.aisle.embedding.config.EmbeddingConfig;
import io.aisle.embedding.repository.EmbeddingModelRepository;
import io.aisle.embedding.repository.ModelNames;
import io.aisle.embedding.repository.ProductEmbeddingRepository;
import io.aisle.embedding.repository.ProductSource;
import io.aisle.embedding.repository.ProductVector;
import io.aisle.embedding.repository.StoredModel;
import io.aisle.embedding.text.ProductText;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Brings one model's product vectors up to date with the catalog: products whose text hash differs from
 * the stored one (or that have no vector) are embedded in batches; the rest are left alone. A model whose
 * recorded dimension or output (probe vector) no longer matches is re-embedded in full.
 */
@ApplicationScoped
public class CatalogEmbeddingService {

    /** Embedded once per sync and compared with the recorded probe: same name, different weights? */
    static final String PROBE_TEXT = "White ceramic teapot with a bamboo handle, a gift for a tea lover";
    private static final double PROBE_MIN_COSINE = 0.999;
    private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final ProductEmbeddingRepository vectors;
    private final EmbeddingModelRepository models;
    private final EmbeddingConfig config;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public CatalogEmbeddingService(ProductEmbeddingRepository vectors, EmbeddingModelRepository models,
                                   EmbeddingConfig config, ObjectMapper mapper, MeterRegistry registry) {
        this.vectors = vectors;
        this.models = models;
        this.config = config;
        this.mapper = mapper;
        this.registry = registry;
    }

    /** Brings every product's vector for this model up to date. */
    public EmbeddingReport sync(TextEmbedder embedder, boolean force) {
        return sync(embedder, force, "", progress -> {
        });
    }

    /**
     * Brings the vectors of the products whose sku starts with {@code skuPrefix} up to date ("" for all).
     * A model change found here purges the model's vectors of every product; the next full sync refills them.
     */
    public EmbeddingReport sync(TextEmbedder embedder, boolean force, String skuPrefix) {
        return sync(embedder, force, skuPrefix, progress -> {
        });
    }

    /**
     * @param force    re-embed every product in scope even if its text is unchanged
     * @param progress told about every batch (for status pages)
     */
    public EmbeddingReport sync(TextEmbedder embedder, boolean force, String skuPrefix,
                                Consumer<EmbeddingProgress> progress) {
        String model = ModelNames.checked(embedder.modelName());
        ReentrantLock lock = locks.computeIfAbsent(model, m -> new ReentrantLock());
        lock.lock();
        try (AutoCloseable dbLock = vectors.lock(model)) {
            return run(embedder, force, skuPrefix == null ? "" : skuPrefix, progress);
        } catch (SQLException e) {
            throw new IllegalStateException("embedding the catalog with " + model + " failed", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("releasing the embedding lock for " + model + " failed", e);
        } finally {
            lock.unlock();
        }
    }

    private EmbeddingReport run(TextEmbedder embedder, boolean force, String skuPrefix,
                                Consumer<EmbeddingProgress> progress) throws SQLException {
        String model = embedder.modelName();
        long started = System.nanoTime();
        String fullReason = register(embedder);
        if (fullReason == null && force) {
            fullReason = "forced";
        }
        boolean all = fullReason != null;
        long total = vectors.countProducts(skuPrefix);
        Log.infof("embedding %s: %d products to check%s%s", model, total,
                skuPrefix.isEmpty() ? "" : " (skus " + skuPrefix + "*)", all ? " (full re-embed: " + fullReason + ")" : "");
        long scanned = 0;
        long embedded = 0;
        long lastLog = started;
        long afterId = 0;
        List<ProductSource> page;
        do {
            page = vectors.scan(model, skuPrefix, afterId, Math.max(1, config.scanBatchSize()));
            List<ProductSource> stale = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            List<byte[]> hashes = new ArrayList<>();
            for (ProductSource product : page) {
                String text = text(product);
                byte[] hash = ProductText.hash(text);
                if (all || product.storedHash() == null || !Arrays.equals(hash, product.storedHash())) {
                    stale.add(product);
                    texts.add(text);
                    hashes.add(hash);
                }
                afterId = product.id();
            }
            embedded += embed(embedder, stale, texts, hashes);
            scanned += page.size();
            progress.accept(new EmbeddingProgress(model, Math.max(total, scanned), scanned, embedded, seconds(started)));
            if (System.nanoTime() - lastLog > PROGRESS_EVERY_NANOS) {
                lastLog = System.nanoTime();
                Log.infof("embedding %s: %d/%d products checked, %d embedded, %.1f products/s", model, scanned,
                        Math.max(total, scanned), embedded, embedded / seconds(started));
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("embedding " + model + " was interrupted after " + scanned + " products");
            }
        } while (!page.isEmpty());
        if (skuPrefix.isEmpty()) {
            models.markSynced(model);
        }
        double seconds = seconds(started);
        EmbeddingReport report = new EmbeddingReport(model, embedder.dimension(), scanned, embedded, scanned - embedded,
                fullReason, seconds, embedded == 0 ? 0 : embedded / seconds);
        registry.counter("aisle.embedding.products.embedded", "model", model).increment(embedded);
        Log.infof("embedding %s done: %d products, %d embedded, %d unchanged in %.1f s (%.1f products/s)", model,
                report.products(), report.embedded(), report.unchanged(), seconds, report.productsPerSecond());
        return report;
    }

    /** Records the model; returns why all its vectors must be recomputed, or null when the stored ones are good. */
    private String register(TextEmbedder embedder) throws SQLException {
        String model = embedder.modelName();
        float[] probe = embedder.embedAll(List.of(PROBE_TEXT)).get(0);
        Optional<StoredModel> stored = models.find(model);
        String reason = null;
        if (stored.isEmpty()) {
            reason = "new model";
        } else if (stored.get().dimension() != embedder.dimension()) {
            reason = "dimension changed from " + stored.get().dimension() + " to " + embedder.dimension();
        } else if (Vectors.cosine(stored.get().probe(), probe) < PROBE_MIN_COSINE) {
            reason = "model output changed";
        }
        if (reason != null) {
            Log.infof("embedding model %s (%d-d): %s", model, embedder.dimension(), reason);
        }
        models.register(model, embedder.dimension(), probe, stored.isPresent() && reason != null);
        return reason;
    }

    private long embed(TextEmbedder embedder, List<ProductSource> stale, List<String> texts, List<byte[]> hashes)
            throws SQLException {
        int batch = Math.max(1, config.batchSize());
        for (int from = 0; from < stale.size(); from += batch) {
            int to = Math.min(stale.size(), from + batch);
            List<float[]> embeddings = embedder.embedAll(texts.subList(from, to));
            List<ProductVector> rows = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                rows.add(new ProductVector(stale.get(i).id(), hashes.get(i), embeddings.get(i - from)));
            }
            vectors.upsert(embedder.modelName(), rows);
        }
        return stale.size();
    }

    private String text(ProductSource product) {
        return productText(product.title(), product.categoryPath(), attributes(product.attributesJson()),
                product.description());
    }

    /** The text a product is embedded from, as the sync job builds it. */
    public String productText(String title, String categoryPath, Map<String, Object> attributes, String description) {
        return ProductText.of(title, categoryPath, attributes, description, config.maxTextChars());
    }

    private Map<String, Object> attributes(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return mapper.readValue(json, MAP);
        } catch (IOException e) {
            throw new UncheckedIOException("product attributes are not a JSON object: " + json, e);
        }
    }

    private static double seconds(long startedNanos) {
        return Math.max(1e-9, (System.nanoTime() - startedNanos) / 1e9);
    }
}
