package io.aisle.embedding.repository;

import java.time.OffsetDateTime;

/** What is on record about one embedding model and its vectors. */
public record StoredModel(String name, int dimension, float[] probe, long vectors, OffsetDateTime syncedAt) {
}
