package io.aisle.search.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aisle.events.model.EventType;
import io.aisle.events.service.BackgroundEventWriter;
import io.aisle.events.service.EventIngestService;
import io.aisle.search.config.SearchConfig;
import io.aisle.search.model.SearchHit;
import io.aisle.search.model.SearchResult;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Appends a {@code search} event for every search (query, filters, the skus shown, latency), through a
 * {@link BackgroundEventWriter}: logging never fails a search, and by default happens off the request thread.
 */
@ApplicationScoped
public class SearchEventLogger {

    private final ObjectMapper mapper;
    private final BackgroundEventWriter writer;

    public SearchEventLogger(EventIngestService events, ObjectMapper mapper, MeterRegistry registry,
                             SearchConfig config) {
        this.mapper = mapper;
        this.writer = new BackgroundEventWriter(events, mapper, registry, "search", config.events().async(),
                config.events().queueSize());
    }

    /** Logs the search in the background when so configured, else now; never throws. */
    public void submit(String searchId, String sessionId, String query, Map<String, Object> requested,
                       SearchResult result, long latencyMs) {
        writer.submit(searchId, () -> event(searchId, sessionId, query, requested, result, latencyMs));
    }

    /**
     * @param searchId  the event id, also returned to the client so later clicks can refer to this search
     * @param requested the caller's own parameters, as sent
     * @return true when the event was stored
     */
    public boolean log(String searchId, String sessionId, String query, Map<String, Object> requested,
                       SearchResult result, long latencyMs) {
        return writer.write(searchId, () -> event(searchId, sessionId, query, requested, result, latencyMs));
    }

    private ObjectNode event(String searchId, String sessionId, String query, Map<String, Object> requested,
                             SearchResult result, long latencyMs) {
        ObjectNode event = mapper.createObjectNode();
        event.put("eventId", searchId);
        event.put("type", EventType.SEARCH.wireName());
        event.put("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        event.put("sessionId", sessionId);
        event.put("query", query == null ? "" : query);
        ArrayNode items = event.putArray("itemIds");
        for (SearchHit hit : result.items()) {
            items.add(hit.product().sku());
        }
        ObjectNode payload = event.putObject("payload");
        payload.put("latencyMs", latencyMs);
        payload.put("mode", result.mode());
        if (result.model() != null) {
            payload.put("model", result.model());
        }
        payload.put("page", result.page());
        payload.put("size", result.size());
        payload.put("total", result.total());
        payload.set("requested", mapper.valueToTree(requested));
        payload.set("filters", mapper.valueToTree(result.filters()));
        payload.put("text", result.interpretation().text());
        if (!result.relaxed().isEmpty()) {
            payload.set("relaxed", mapper.valueToTree(result.relaxed()));
        }
        return event;
    }

    /** Writes what is queued (for up to 5 seconds) when the app stops. */
    @PreDestroy
    void flush() throws InterruptedException {
        writer.close();
    }
}
