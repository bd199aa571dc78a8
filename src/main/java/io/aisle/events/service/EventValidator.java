package io.aisle.events.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.aisle.common.jdbc.PgText;
import io.aisle.common.rest.FieldViolation;
import io.aisle.events.config.EventLimits;
import io.aisle.events.model.Event;
import io.aisle.events.model.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one event against the schema in docs/events.md and reports every fault, not just the first,
 * so a client can fix a batch in one round trip.
 */
@ApplicationScoped
public class EventValidator {

    static final int MAX_ID_LENGTH = 128;
    static final int MAX_ITEMS = 200;
    static final int MAX_ITEM_ID_LENGTH = 64;
    static final int MAX_QUERY_LENGTH = 1000;
    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");
    private static final Set<String> FIELDS =
            Set.of("eventId", "type", "occurredAt", "customerId", "sessionId", "itemIds", "query", "payload");

    private final EventLimits limits;

    public EventValidator(EventLimits limits) {
        this.limits = limits;
    }

    /**
     * @param location where the event sits, for error messages: the array index ("[3]") or, with a row, ""
     * @param row the NDJSON line number, or null
     */
    public Optional<Event> validate(JsonNode node, String location, Long row, List<FieldViolation> out) {
        Faults faults = new Faults(location, row, out);
        if (node == null || !node.isObject()) {
            faults.add("", "an event must be a JSON object");
            return Optional.empty();
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                faults.add(name, "unknown field; allowed: " + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        String eventId = text(node, "eventId", faults, true);
        if (eventId != null && !EVENT_ID.matcher(eventId).matches()) {
            faults.add("eventId", "must be 1-128 characters of letters, digits, '.', '_', ':', '-'");
        }
        EventType type = type(node, faults);
        OffsetDateTime occurredAt = occurredAt(node, faults);
        String customerId = optionalId(node, "customerId", faults);
        String sessionId = optionalId(node, "sessionId", faults);
        if (customerId == null && sessionId == null && !faults.has("customerId") && !faults.has("sessionId")) {
            faults.add("customerId", "customerId or sessionId is required");
        }
        List<String> itemIds = itemIds(node, type, faults);
        String query = query(node, type, faults);
        String payload = payload(node, type, faults);
        if (faults.count() > 0) {
            return Optional.empty();
        }
        return Optional.of(new Event(eventId, type, occurredAt, customerId, sessionId, itemIds, query, payload));
    }

    private EventType type(JsonNode node, Faults faults) {
        String name = text(node, "type", faults, true);
        if (name == null) {
            return null;
        }
        Optional<EventType> type = EventType.fromWireName(name);
        if (type.isEmpty()) {
            faults.add("type", "unknown type '" + name + "'; known: " + EventType.knownNames());
        }
        return type.orElse(null);
    }

    private OffsetDateTime occurredAt(JsonNode node, Faults faults) {
        String value = text(node, "occurredAt", faults, true);
        if (value == null) {
            return null;
        }
        try {
            OffsetDateTime at = OffsetDateTime.parse(value);
            Instant instant = at.toInstant();
            if (instant.isAfter(Instant.now().plus(limits.maxFutureSkew()))) {
                faults.add("occurredAt", "lies in the future (more than " + limits.maxFutureSkew() + " ahead)");
            } else if (instant.isBefore(limits.earliest())) {
                faults.add("occurredAt", "is before " + limits.earliest());
            }
            return at;
        } catch (DateTimeParseException e) {
            faults.add("occurredAt", "must be an ISO-8601 date-time with offset, e.g. 2026-11-25T10:15:30Z");
            return null;
        }
    }

    private String optionalId(JsonNode node, String field, Faults faults) {
        String value = text(node, field, faults, false);
        if (value != null && (value.isBlank() || value.length() > MAX_ID_LENGTH)) {
            faults.add(field, "must be 1-" + MAX_ID_LENGTH + " characters");
            return null;
        }
        return value;
    }

    private List<String> itemIds(JsonNode node, EventType type, Faults faults) {
        JsonNode items = node.get("itemIds");
        List<String> ids = new ArrayList<>();
        if (items == null || items.isNull()) {
            if (type != null && type.requiresItems()) {
                faults.add("itemIds", "is required for type " + type.wireName());
            }
            return ids;
        }
        if (!items.isArray()) {
            faults.add("itemIds", "must be an array of strings");
            return ids;
        }
        if (items.size() > MAX_ITEMS) {
            faults.add("itemIds", "has " + items.size() + " entries; at most " + MAX_ITEMS);
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isTextual() || item.asText().isBlank() || item.asText().length() > MAX_ITEM_ID_LENGTH
                    || PgText.hasNul(item.asText())) {
                faults.add("itemIds[" + i + "]", "must be a string of 1-" + MAX_ITEM_ID_LENGTH + " characters");
            } else {
                ids.add(item.asText());
            }
        }
        if (ids.isEmpty() && type != null && type.requiresItems() && !faults.has("itemIds")) {
            faults.add("itemIds", "must not be empty for type " + type.wireName());
        }
        return ids;
    }

    private String query(JsonNode node, EventType type, Faults faults) {
        String query = text(node, "query", faults, false);
        if (query == null && type != null && type.requiresQuery() && !faults.has("query")) {
            faults.add("query", "is required for type " + type.wireName());
        } else if (query != null && query.length() > MAX_QUERY_LENGTH) {
            faults.add("query", "is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        return query;
    }

    private String payload(JsonNode node, EventType type, Faults faults) {
        JsonNode payload = node.get("payload");
        if (payload == null || payload.isNull()) {
            if (type != null && !type.requiredPayloadFields().isEmpty()) {
                faults.add("payload", "is required for type " + type.wireName()
                        + " with fields " + type.requiredPayloadFields());
            }
            return "{}";
        }
        if (!payload.isObject()) {
            faults.add("payload", "must be a JSON object");
            return null;
        }
        if (type != null) {
            for (String required : type.requiredPayloadFields()) {
                JsonNode value = payload.get(required);
                if (value == null || !value.isTextual() || value.asText().isBlank()) {
                    faults.add("payload." + required, "is required for type " + type.wireName() + " (a string)");
                }
            }
        }
        if (PgText.hasNul(payload)) {
            faults.add("payload", PgText.NUL_MESSAGE);
        }
        String json = payload.toString();
        if (json.getBytes(StandardCharsets.UTF_8).length > limits.maxPayloadBytes()) {
            faults.add("payload", "is larger than " + limits.maxPayloadBytes() + " bytes");
        }
        return json;
    }

    private static String text(JsonNode node, String field, Faults faults, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                faults.add(field, "is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            faults.add(field, "must be a string, not " + value.getNodeType().name().toLowerCase());
            return null;
        }
        if (PgText.hasNul(value.asText())) {
            faults.add(field, PgText.NUL_MESSAGE);
            return null;
        }
        return value.asText();
    }

    /** Collects faults of one event, naming fields as the caller sent them. */
    private static final class Faults {
        private final String location;
        private final Long row;
        private final List<FieldViolation> out;
        private final List<String> fields = new ArrayList<>();

        Faults(String location, Long row, List<FieldViolation> out) {
            this.location = location;
            this.row = row;
            this.out = out;
        }

        void add(String field, String message) {
            fields.add(field);
            String path = field.isEmpty() ? location : location.isEmpty() ? field : location + "." + field;
            out.add(new FieldViolation(row, path.isEmpty() ? "event" : path, message));
        }

        boolean has(String field) {
            return fields.contains(field);
        }

        int count() {
            return fields.size();
        }
    }
}
