package io.aisle.embedding.service;

/**
 * One pass over the catalog for one model.
 *
 * @param fullReason why every product was re-embedded (new model, dimension or output changed, forced), or null
 */
public record EmbeddingReport(String model, int dimension, long products, long embedded, long unchanged,
                              String fullReason, double seconds, double productsPerSecond) {
}
