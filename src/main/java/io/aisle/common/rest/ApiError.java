package io.aisle.common.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The JSON body of every 4xx answer: a stable code, a sentence for people, and the fields at fault. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String error, String message, List<FieldViolation> violations, Map<String, Object> details) {

    public ApiError(String error, String message) {
        this(error, message, List.of(), Map.of());
    }

    public ApiError(String error, String message, List<FieldViolation> violations) {
        this(error, message, violations, Map.of());
    }
}
