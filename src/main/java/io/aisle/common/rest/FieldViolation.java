package io.aisle.common.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One problem with the request: which field (and, for bulk uploads, which row or line) and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldViolation(Long row, String field, String message) {

    public static FieldViolation of(String field, String message) {
        return new FieldViolation(null, field, message);
    }

    public static FieldViolation atRow(long row, String field, String message) {
        return new FieldViolation(row, field, message);
    }
}
