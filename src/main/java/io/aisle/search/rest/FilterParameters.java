package io.aisle.search.rest;

import io.aisle.common.rest.QueryParameters;
import io.aisle.search.model.SearchFilters;
import io.aisle.search.query.PriceRange;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The filter parameters that /search and /similar share; every bad value is rejected by name. */
public final class FilterParameters {

    private FilterParameters() {
    }

    public static SearchFilters read(QueryParameters params, String category, String minPrice, String maxPrice, String inStock,
                              String colour, String material) {
        String cat = params.text("category", category, 500);
        BigDecimal min = params.decimal("minPrice", minPrice, BigDecimal.ZERO);
        BigDecimal max = params.decimal("maxPrice", maxPrice, BigDecimal.ZERO);
        if (min != null && max != null && min.compareTo(max) > 0) {
            params.reject("minPrice", "must not be greater than maxPrice");
        }
        Boolean stocked = params.bool("inStock", inStock);
        Map<String, String> attributes = new LinkedHashMap<>();
        String col = params.text("colour", colour, 64);
        if (col != null) {
            attributes.put("colour", col);
        }
        String mat = params.text("material", material, 64);
        if (mat != null) {
            attributes.put("material", mat);
        }
        PriceRange price = new PriceRange(min, true, max, true);
        return new SearchFilters(cat, List.of(), price, stocked, attributes, List.of(), List.of());
    }
}
