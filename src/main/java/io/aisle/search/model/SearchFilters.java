package io.aisle.search.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.aisle.search.query.PriceRange;
import java.util.List;
import java.util.Map;

/**
 * Restrictions applied inside every candidate query (not after ranking). All hold at once.
 *
 * @param category        the caller's category: it and its sub-categories
 * @param queryCategories categories named in the query: any of them, each with sub-categories
 * @param price           price bounds (the caller's and the query's, both)
 * @param inStock         true: stock &gt; 0; false: sold out; null: any
 * @param attributes      exact attribute values, case-insensitive (colour=pink)
 * @param queryColours    colours named in the query: the colour attribute or a title/attribute word, any of them
 * @param excluded        words no result may have in its title, category or attributes
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SearchFilters(String category, List<String> queryCategories, PriceRange price, Boolean inStock,
                            Map<String, String> attributes, List<String> queryColours, List<String> excluded) {

    public static final SearchFilters NONE = new SearchFilters(null, List.of(), PriceRange.ANY, null, Map.of(), List.of(),
            List.of());

    public SearchFilters {
        queryCategories = List.copyOf(queryCategories);
        price = price == null ? PriceRange.ANY : price;
        attributes = Map.copyOf(attributes);
        queryColours = List.copyOf(queryColours);
        excluded = List.copyOf(excluded);
    }

    /** Without the filters taken from the query's words (category names, colours), which may be too eager. */
    public SearchFilters withoutQueryGuesses() {
        return new SearchFilters(category, List.of(), price, inStock, attributes, List.of(), excluded);
    }

    @JsonIgnore
    public boolean hasQueryGuesses() {
        return !queryCategories.isEmpty() || !queryColours.isEmpty();
    }

    @JsonIgnore
    public boolean isEmpty() {
        return category == null && queryCategories.isEmpty() && price.isOpen() && inStock == null && attributes.isEmpty()
                && queryColours.isEmpty() && excluded.isEmpty();
    }
}
