package io.aisle.search.rest;

import io.aisle.common.jdbc.PgText;
import io.aisle.common.rest.FieldViolation;
import io.aisle.common.rest.InvalidRequestException;
import io.aisle.search.model.SearchFilters;
import io.aisle.search.query.PriceRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Query parameters parsed by hand, so that a bad one is a 400 naming it (JAX-RS would answer a bare 404
 * for a typed parameter that does not convert). Collects every fault, then throws once.
 */
final class RequestParameters {

    private final List<FieldViolation> violations = new ArrayList<>();

    String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (PgText.hasNul(value)) {
            reject(name, PgText.NUL_MESSAGE);
            return null;
        }
        if (value.length() > maxLength) {
            reject(name, "must be at most " + maxLength + " characters, got " + value.length());
            return null;
        }
        return value.strip();
    }

    BigDecimal price(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.strip());
            if (number.scale() > 16 || number.precision() - number.scale() > 20) {
                reject(name, "must have at most 20 digits before and 16 after the decimal point");
                return null;
            }
            if (number.signum() < 0) {
                reject(name, "must be greater than or equal to 0");
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            reject(name, "must be a number, got '" + value + "'");
            return null;
        }
    }

    int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                reject(name, "must be between " + min + " and " + max);
                return defaultValue;
            }
            return number;
        } catch (NumberFormatException e) {
            reject(name, "must be a whole number, got '" + value + "'");
            return defaultValue;
        }
    }

    Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                reject(name, "must be true or false, got '" + value + "'");
                yield null;
            }
        };
    }

    /** The caller's filters; every bad value is rejected by name. */
    SearchFilters filters(String category, String minPrice, String maxPrice, String inStock, String colour,
                          String material) {
        String cat = text("category", category, 500);
        BigDecimal min = price("minPrice", minPrice);
        BigDecimal max = price("maxPrice", maxPrice);
        if (min != null && max != null && min.compareTo(max) > 0) {
            reject("minPrice", "must not be greater than maxPrice");
        }
        Boolean stocked = bool("inStock", inStock);
        Map<String, String> attributes = new LinkedHashMap<>();
        String col = text("colour", colour, 64);
        if (col != null) {
            attributes.put("colour", col);
        }
        String mat = text("material", material, 64);
        if (mat != null) {
            attributes.put("material", mat);
        }
        PriceRange price = new PriceRange(min, true, max, true);
        return new SearchFilters(cat, List.of(), price, stocked, attributes, List.of(), List.of());
    }

    void reject(String name, String message) {
        violations.add(FieldViolation.of(name, message));
    }

    boolean has(String name) {
        return violations.stream().anyMatch(v -> v.field().equals(name));
    }

    void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("request parameters are invalid", violations);
        }
    }
}
