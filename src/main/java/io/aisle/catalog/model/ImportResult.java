package io.aisle.catalog.model;

/** Outcome of a catalog import: every row was either new, changed, or already as sent. */
public record ImportResult(long rows, long created, long updated, long unchanged) {
}
