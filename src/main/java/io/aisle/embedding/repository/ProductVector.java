package io.aisle.embedding.repository;

public record ProductVector(long productId, byte[] contentHash, float[] embedding) {
}
