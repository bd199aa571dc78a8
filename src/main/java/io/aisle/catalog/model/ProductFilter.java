package io.aisle.catalog.model;

import java.math.BigDecimal;

/** Restrictions on a product listing; null means "any". A category matches itself and its sub-categories. */
public record ProductFilter(String category, BigDecimal minPrice, BigDecimal maxPrice, Boolean inStock) {
}
