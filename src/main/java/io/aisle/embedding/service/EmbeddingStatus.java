package io.aisle.embedding.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** The background embedding job: what it does now, and how the last run ended. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmbeddingStatus(String state, String model, String reason, Instant startedAt, EmbeddingProgress progress,
                              String error, EmbeddingReport last) {

    static EmbeddingStatus idle(EmbeddingReport last) {
        return new EmbeddingStatus("idle", null, null, null, null, null, last);
    }

    static EmbeddingStatus running(String model, String reason, Instant startedAt, EmbeddingProgress progress,
                                   EmbeddingReport last) {
        return new EmbeddingStatus("running", model, reason, startedAt, progress, null, last);
    }

    static EmbeddingStatus failed(String model, String reason, String error, EmbeddingReport last) {
        return new EmbeddingStatus("failed", model, reason, null, null, error, last);
    }
}
