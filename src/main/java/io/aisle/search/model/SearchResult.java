package io.aisle.search.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.aisle.search.query.ParsedQuery;
import java.util.List;

/**
 * A page of results with how the query was read.
 *
 * @param filters the filters that were applied (the caller's and the query's)
 * @param relaxed filters guessed from the query's words that were dropped because nothing matched with them
 * @param total   results in the whole (filtered) result set; pages go up to aisle.search.max-results
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchResult(String mode, String model, ParsedQuery interpretation, SearchFilters filters,
                           List<String> relaxed, List<SearchHit> items, int page, int size, long total, Facets facets) {
}
