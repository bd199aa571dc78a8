package io.aisle.embedding.service;

import io.aisle.catalog.model.ImportResult;
import io.aisle.embedding.config.EmbeddingConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;

/** When the catalog's vectors are brought up to date: at start-up, after catalog imports, and on a schedule. */
@ApplicationScoped
public class EmbeddingTriggers {

    private final EmbeddingJobs jobs;
    private final EmbeddingConfig config;
    private final TextEmbedders embedders;

    public EmbeddingTriggers(EmbeddingJobs jobs, EmbeddingConfig config, TextEmbedders embedders) {
        this.jobs = jobs;
        this.config = config;
        this.embedders = embedders;
    }

    /** After the demo store's own start-up load (default priority), so its products are there to embed. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (!embedders.isAvailable(embedders.activeName())) {
            throw new IllegalStateException("aisle.embedding.model=" + embedders.activeName()
                    + " is not available; choose one of " + embedders.available());
        }
        if (config.syncOnStart()) {
            jobs.request("start-up", false);
        }
    }

    /** Fired by the catalog import inside its transaction; observed once it has committed. */
    void afterImport(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportResult result) {
        if (config.syncAfterImport() && result.created() + result.updated() > 0) {
            Log.debugf("catalog import changed %d products; re-embedding", result.created() + result.updated());
            jobs.request("catalog import", false);
        }
    }

    /** Catches catalog changes made outside the import API (e.g. a demo-store reload); off unless configured. */
    @Scheduled(every = "${aisle.embedding.sync-every:off}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void periodically() {
        jobs.request("schedule", false);
    }
}
