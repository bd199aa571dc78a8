package io.aisle.embedding.service;

import io.aisle.embedding.TextEmbedder;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs catalog embedding in the background, one job at a time. A request for a model that already has a
 * run waiting is folded into it; a request while that model's run is under way queues one more run, so a
 * change committed mid-run is never missed.
 */
@ApplicationScoped
public class EmbeddingJobs {

    private final CatalogEmbeddingService service;
    private final TextEmbedders embedders;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "aisle-embedding");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, CompletableFuture<EmbeddingReport>> waiting = new HashMap<>();
    private volatile EmbeddingStatus status = EmbeddingStatus.idle(null);

    public EmbeddingJobs(CatalogEmbeddingService service, TextEmbedders embedders) {
        this.service = service;
        this.embedders = embedders;
    }

    /** Queues a sync of the configured model. */
    public CompletableFuture<EmbeddingReport> request(String reason, boolean force) {
        return request(embedders.activeName(), reason, force);
    }

    /**
     * Queues a sync of a model (loaded in the background) unless one is already waiting.
     *
     * @param force re-embed every product, even unchanged ones
     */
    public synchronized CompletableFuture<EmbeddingReport> request(String model, String reason, boolean force) {
        CompletableFuture<EmbeddingReport> queued = waiting.get(model);
        if (queued != null && !force) {
            return queued;
        }
        CompletableFuture<EmbeddingReport> run = new CompletableFuture<>();
        waiting.put(model, run);
        executor.execute(() -> {
            synchronized (this) {
                waiting.remove(model, run);
            }
            try {
                run.complete(track(embedders.byName(model), force, reason));
            } catch (RuntimeException e) {
                Log.errorf(e, "catalog embedding with %s (%s) failed", model, reason);
                run.completeExceptionally(e);
            }
        });
        return run;
    }

    /** Runs a sync now, in the caller's thread (after any run of the same model that is under way). */
    public EmbeddingReport runNow(TextEmbedder embedder, boolean force) {
        return track(embedder, force, "request");
    }

    public EmbeddingStatus status() {
        return status;
    }

    private EmbeddingReport track(TextEmbedder embedder, boolean force, String reason) {
        Instant started = Instant.now();
        EmbeddingReport last = status.last();
        status = EmbeddingStatus.running(embedder.modelName(), reason, started, null, last);
        try {
            EmbeddingReport report = service.sync(embedder, force, "",
                    progress -> status = EmbeddingStatus.running(embedder.modelName(), reason, started, progress, last));
            status = EmbeddingStatus.idle(report);
            return report;
        } catch (RuntimeException e) {
            status = EmbeddingStatus.failed(embedder.modelName(), reason, String.valueOf(e.getMessage()), last);
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
