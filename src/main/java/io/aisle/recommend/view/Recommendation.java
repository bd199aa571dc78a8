package io.aisle.recommend.view;

import io.aisle.catalog.mapping.ProductView;

/** One recommended product; {@code score} is the inner product with the shopper's vector, or the recent interaction count when trending. */
public record Recommendation(ProductView product, double score, Reason reason) {
}
