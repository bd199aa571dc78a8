package io.aisle.events.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.common.rest.FieldViolation;
import io.aisle.events.model.Event;
import io.aisle.events.service.EventValidator;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns the values of a batch of Kafka records (one JSON event each, the schema of docs/events.md) into
 * valid events and rejected records. Unlike an HTTP batch, one bad record does not hold back the others:
 * a topic is not a request that can be answered with 400, so bad records go to the dead-letter topic.
 */
@ApplicationScoped
public class EventRecordReader {

    /** A record that is not a valid event, with every reason, as the dead-letter topic receives it. */
    public record Rejected(String value, String reason) {
    }

    public record ReadBatch(List<Event> valid, List<Rejected> rejected) {
    }

    private final EventValidator validator;
    private final ObjectMapper mapper;

    public EventRecordReader(EventValidator validator, ObjectMapper mapper) {
        this.validator = validator;
        this.mapper = mapper;
    }

    public ReadBatch read(List<String> values) {
        List<Event> valid = new ArrayList<>(values.size());
        List<Rejected> rejected = new ArrayList<>();
        for (String value : values) {
            List<FieldViolation> violations = new ArrayList<>();
            try {
                validator.validate(value == null ? null : mapper.readTree(value), "", null, violations)
                        .ifPresent(valid::add);
            } catch (JsonProcessingException e) {
                violations.add(FieldViolation.of("event", "malformed JSON: " + e.getOriginalMessage()));
            }
            if (!violations.isEmpty()) {
                rejected.add(new Rejected(value, describe(violations)));
            }
        }
        return new ReadBatch(valid, rejected);
    }

    private static String describe(List<FieldViolation> violations) {
        return violations.stream()
                .map(v -> v.field() + ": " + v.message())
                .collect(Collectors.joining("; "));
    }
}
