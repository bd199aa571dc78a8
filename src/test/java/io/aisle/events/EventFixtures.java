package io.aisle.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.common.Db;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** Builds events as a client would send them, under a prefix unique to one test. */
final class EventFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private EventFixtures() {
    }

    /** A fresh event-id prefix, so a test only ever counts its own rows. */
    static String prefix() {
        return "t-" + UUID.randomUUID() + "-";
    }

    static String recently() {
        return OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static Map<String, Object> productView(String eventId) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", eventId);
        event.put("type", "product_view");
        event.put("occurredAt", recently());
        event.put("sessionId", "s-1");
        event.put("itemIds", List.of("sku-1"));
        return event;
    }

    /** {@code prefix + 0 .. prefix + (n-1)}, zero-padded so they sort as numbered. */
    static List<Map<String, Object>> productViews(String prefix, int n) {
        List<Map<String, Object>> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            events.add(productView(id(prefix, i)));
        }
        return events;
    }

    static String id(String prefix, int i) {
        return prefix + String.format("%05d", i);
    }

    static Map<String, Object> with(Map<String, Object> event, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(event);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return copy;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** One event per line. */
    static String ndjson(List<Map<String, Object>> events) {
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> event : events) {
            out.append(json(event)).append('\n');
        }
        return out.toString();
    }

    static long stored(DataSource dataSource, String prefix) {
        return Db.count(dataSource, "SELECT count(*) FROM events WHERE event_id LIKE ?", prefix + "%");
    }
}
