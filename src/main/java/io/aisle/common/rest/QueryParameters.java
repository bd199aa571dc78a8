package io.aisle.common.rest;

import io.aisle.common.jdbc.PgText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses query parameters by hand: JAX-RS answers 404 when a typed query parameter does not convert,
 * and that says nothing about which parameter was wrong. Collects every fault, then throws once.
 */
public final class QueryParameters {

    private final List<FieldViolation> violations = new ArrayList<>();

    /** Stripped text, or null when absent or blank. */
    public String text(String name, String value, int maxLength) {
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

    public BigDecimal decimal(String name, String value, BigDecimal min) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.strip());
            if (number.scale() > 16 || number.precision() - number.scale() > 20) {
                // e.g. 1e-999999999: the JDBC driver cannot send it (ArithmeticException, a 500)
                reject(name, "must have at most 20 digits before and 16 after the decimal point");
                return null;
            }
            if (number.compareTo(min) < 0) {
                reject(name, "must be greater than or equal to " + min);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            reject(name, "must be a number, got '" + value + "'");
            return null;
        }
    }

    public int integer(String name, String value, int defaultValue, int min, int max) {
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

    public Boolean bool(String name, String value) {
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

    public void reject(String name, String message) {
        violations.add(FieldViolation.of(name, message));
    }

    public boolean has(String name) {
        return violations.stream().anyMatch(v -> v.field().equals(name));
    }

    public void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("request parameters are invalid", violations);
        }
    }
}
