package io.aisle.catalog.mapping;

import java.util.List;

/** One page of a listing; {@code total} counts all matches, not just this page. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
