package io.aisle.common.rest;

import java.util.List;
import java.util.Map;

/** Thrown when a request is understood but its content is wrong; answered with 400 and the violations. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldViolation> violations;
    private final Map<String, Object> details;

    public InvalidRequestException(String message, List<FieldViolation> violations) {
        this(message, violations, Map.of());
    }

    public InvalidRequestException(String message, List<FieldViolation> violations, Map<String, Object> details) {
        super(message);
        this.violations = List.copyOf(violations);
        this.details = Map.copyOf(details);
    }

    public static InvalidRequestException single(String field, String message) {
        return new InvalidRequestException(message, List.of(FieldViolation.of(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    public Map<String, Object> details() {
        return details;
    }
}
