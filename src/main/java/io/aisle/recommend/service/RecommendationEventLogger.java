package io.aisle.recommend.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aisle.events.model.EventType;
import io.aisle.events.service.BackgroundEventWriter;
import io.aisle.events.service.EventIngestService;
import io.aisle.recommend.config.RecommendConfig;
import io.aisle.recommend.view.Recommendation;
import io.aisle.recommend.view.Recommendations;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Logs a {@code rec_impression} event for every non-empty answer (skus in shown order, model version, source,
 * placement), off the request thread; the event id is the answer's recommendationId, which a later
 * {@code rec_click} event names in its payload.
 */
@ApplicationScoped
public class RecommendationEventLogger {

    private static final int QUEUE = 10_000;

    private final ObjectMapper mapper;
    private final BackgroundEventWriter writer;
    private final boolean enabled;

    public RecommendationEventLogger(EventIngestService events, ObjectMapper mapper, MeterRegistry registry,
                                     RecommendConfig config) {
        this.mapper = mapper;
        this.enabled = config.logImpressions();
        this.writer = new BackgroundEventWriter(events, mapper, registry, "recommend", true, QUEUE);
    }

    void impression(Recommendations answer) {
        if (enabled && !answer.items().isEmpty() && (answer.customerId() != null || answer.sessionId() != null)) {
            writer.submit(answer.recommendationId(), () -> event(answer));
        }
    }

    private ObjectNode event(Recommendations answer) {
        ObjectNode event = mapper.createObjectNode();
        event.put("eventId", answer.recommendationId());
        event.put("type", EventType.REC_IMPRESSION.wireName());
        event.put("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        if (answer.customerId() != null) {
            event.put("customerId", answer.customerId());
        }
        if (answer.sessionId() != null) {
            event.put("sessionId", answer.sessionId());
        }
        ArrayNode items = event.putArray("itemIds");
        for (Recommendation r : answer.items()) {
            items.add(r.product().sku());
        }
        ObjectNode payload = event.putObject("payload");
        payload.put("source", answer.source());
        payload.put("placement", answer.placement());
        if (answer.modelVersion() != null) {
            payload.put("modelVersion", answer.modelVersion());
        }
        return event;
    }

    @PreDestroy
    void flush() throws InterruptedException {
        writer.close();
    }
}
