package io.aisle.llm.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.aisle.common.rest.FieldViolation;
import java.util.ArrayList;
import java.util.List;

/** Typed, optional fields of a JSON object; a wrong value becomes a violation named by its path. */
final class JsonFieldReader {

    private final List<FieldViolation> violations;

    JsonFieldReader(List<FieldViolation> violations) {
        this.violations = violations;
    }

    void reject(String field, String message) {
        violations.add(FieldViolation.of(field, message));
    }

    String text(JsonNode node, String name) {
        JsonNode value = present(node, name);
        if (value != null && !value.isTextual()) {
            reject(name, "must be a string");
            return null;
        }
        return value == null ? null : value.asText();
    }

    Boolean bool(JsonNode node, String name) {
        JsonNode value = present(node, name);
        if (value != null && !value.isBoolean()) {
            reject(name, "must be true or false");
            return null;
        }
        return value == null ? null : value.asBoolean();
    }

    Double decimal(JsonNode node, String name, double min, double max) {
        JsonNode value = present(node, name);
        if (value == null) {
            return null;
        }
        if (!value.isNumber() || value.asDouble() < min || value.asDouble() > max) {
            reject(name, "must be a number from " + (min == Double.MIN_VALUE ? "above 0" : min) + " to " + max);
            return null;
        }
        return value.asDouble();
    }

    Integer integer(JsonNode node, String name, int min, int max) {
        JsonNode value = present(node, name);
        if (value == null) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < min || value.asInt() > max) {
            reject(name, "must be a whole number from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max));
            return null;
        }
        return value.asInt();
    }

    Long longInteger(JsonNode node, String name) {
        JsonNode value = present(node, name);
        if (value != null && !(value.isIntegralNumber() && value.canConvertToLong())) {
            reject(name, "must be a whole number");
            return null;
        }
        return value == null ? null : value.asLong();
    }

    List<String> stringOrList(JsonNode node, String name, int maxItems) {
        JsonNode value = present(node, name);
        List<String> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        if (value.isTextual()) {
            items.add(value.asText());
        } else if (value.isArray() && value.size() <= maxItems) {
            value.forEach(item -> items.add(item.isTextual() ? item.asText() : null));
        }
        if (items.isEmpty() || items.contains(null) || items.contains("")) {
            reject(name, "must be a non-empty string or a list of at most " + maxItems + " of them");
            return List.of();
        }
        return items;
    }

    private static JsonNode present(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }
}
