package io.aisle.search.model;

/** One product a retriever found, with the retriever's own score (higher is better). */
public record Candidate(long productId, double score) {
}
