package io.aisle.search.model;

import java.math.BigDecimal;
import java.util.List;

/** Counts over the whole filtered result set (not just the page). */
public record Facets(List<CategoryCount> categories, List<PriceBucket> prices) {

    public static final Facets EMPTY = new Facets(List.of(), List.of());

    /** A category (at any level) and how many results lie in it or below it. */
    public record CategoryCount(String category, long count) {
    }

    /** Results priced from {@code from} (inclusive) to {@code to} (exclusive; null: no upper end). */
    public record PriceBucket(BigDecimal from, BigDecimal to, long count) {
    }
}
