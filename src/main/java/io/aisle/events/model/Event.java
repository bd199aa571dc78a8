package io.aisle.events.model;

import java.time.OffsetDateTime;
import java.util.List;

/** A validated interaction, ready to be appended to the log. {@code payloadJson} is a JSON object. */
public record Event(
        String eventId,
        EventType type,
        OffsetDateTime occurredAt,
        String customerId,
        String sessionId,
        List<String> itemIds,
        String query,
        String payloadJson) {
}
