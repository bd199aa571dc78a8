package io.aisle.search.model;

/** Where one retriever ranked a product (1 = first) and the score it gave. */
public record RetrieverHit(int rank, double score) {
}
