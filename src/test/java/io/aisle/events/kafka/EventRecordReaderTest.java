package io.aisle.events.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.events.config.EventLimits;
import io.aisle.events.model.EventType;
import io.aisle.events.service.EventValidator;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventRecordReaderTest {

    private static final EventLimits LIMITS = new EventLimits() {
        public int maxBatchSize() { return 1000; }
        public int maxPayloadBytes() { return 16384; }
        public Duration maxFutureSkew() { return Duration.ofMinutes(5); }
        public Instant earliest() { return Instant.parse("1990-01-01T00:00:00Z"); }
        public int ndjsonChunkSize() { return 1000; }
    };

    private final EventRecordReader reader = new EventRecordReader(new EventValidator(LIMITS), new ObjectMapper());

    @Test
    void validRecordsBecomeEventsAndEachBadRecordIsRejectedWithAllItsReasons() {
        String purchase = "{\"eventId\":\"e-1\",\"type\":\"purchase\",\"occurredAt\":\"2026-11-25T10:15:30Z\","
                + "\"customerId\":\"c-1\",\"itemIds\":[\"85123A\"],\"payload\":{\"amount\":3.5}}";
        String twoFaults = "{\"eventId\":\"e 2\",\"type\":\"product_view\",\"occurredAt\":\"2026-11-25T10:15:30Z\","
                + "\"sessionId\":\"s-1\"}";
        EventRecordReader.ReadBatch batch = reader.read(Arrays.asList(purchase, twoFaults, "{oops", null));

        assertEquals(1, batch.valid().size());
        assertEquals(EventType.PURCHASE, batch.valid().get(0).type());
        assertEquals(List.of("85123A"), batch.valid().get(0).itemIds());
        assertEquals(3, batch.rejected().size());
        String reason = batch.rejected().get(0).reason();
        assertTrue(reason.contains("eventId: must be 1-128 characters") && reason.contains("itemIds"), reason);
        assertEquals(twoFaults, batch.rejected().get(0).value());
        assertTrue(batch.rejected().get(1).reason().startsWith("event: malformed JSON"), batch.rejected().get(1).reason());
        assertEquals("event: an event must be a JSON object", batch.rejected().get(2).reason());
    }
}
