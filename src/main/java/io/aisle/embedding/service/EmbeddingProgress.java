package io.aisle.embedding.service;

/** Where a running catalog embedding is. */
public record EmbeddingProgress(String model, long products, long checked, long embedded, double seconds) {
}
