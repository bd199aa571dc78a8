package io.aisle.search.model;

import java.util.List;

/** Products whose vectors are nearest to the given product's, most similar first. */
public record SimilarProducts(String sku, String model, List<SimilarProduct> items) {
}
