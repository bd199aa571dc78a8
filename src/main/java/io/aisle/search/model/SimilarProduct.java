package io.aisle.search.model;

import io.aisle.catalog.mapping.ProductView;

/** A neighbour of a product, with the cosine similarity of their vectors. */
public record SimilarProduct(ProductView product, double similarity) {
}
