package io.aisle.search.model;

import java.util.Map;

/** A product after reciprocal rank fusion: the fused score and each retriever's rank and score. */
public record FusedHit(long productId, double score, Map<String, RetrieverHit> retrievers) {
}
