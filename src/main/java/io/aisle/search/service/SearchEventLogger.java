package io.aisle.search.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aisle.events.model.EventType;
import io.aisle.events.service.EventIngestService;
import io.aisle.search.config.SearchConfig;
import io.aisle.search.model.SearchHit;
import io.aisle.search.model.SearchResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Appends a {@code search} event for every search (query, filters, the skus shown, latency), through the
 * event log's own validation. Logging never fails a search: a failure is logged and counted. By default the
 * event is written off the request thread, from a bounded queue (events beyond it are dropped and counted).
 */
@ApplicationScoped
public class SearchEventLogger {

    private final EventIngestService events;
    private final ObjectMapper mapper;
    private final Counter failures;
    private final Counter dropped;
    private final ThreadPoolExecutor writer;

    public SearchEventLogger(EventIngestService events, ObjectMapper mapper, MeterRegistry registry,
                             SearchConfig config) {
        this.events = events;
        this.mapper = mapper;
        this.failures = registry.counter("aisle.search.events.failed");
        this.dropped = registry.counter("aisle.search.events.dropped");
        this.writer = config.events().async() ? new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, config.events().queueSize())), runnable -> {
                    Thread thread = new Thread(runnable, "aisle-search-events");
                    thread.setDaemon(true);
                    return thread;
                }, (runnable, executor) -> {
                    dropped.increment();
                    Log.warn("search event queue is full; an event was dropped");
                }) : null;
    }

    /** Logs the search in the background when so configured, else now; never throws. */
    public void submit(String searchId, String sessionId, String query, Map<String, Object> requested,
                       SearchResult result, long latencyMs) {
        if (writer == null) {
            log(searchId, sessionId, query, requested, result, latencyMs);
            return;
        }
        try {
            writer.execute(() -> log(searchId, sessionId, query, requested, result, latencyMs));
        } catch (RuntimeException e) { // shut down
            failures.increment();
            Log.warnf("search event %s was not logged: %s", searchId, e.toString());
        }
    }

    /**
     * @param searchId  the event id, also returned to the client so later clicks can refer to this search
     * @param requested the caller's own parameters, as sent
     * @return true when the event was stored
     */
    public boolean log(String searchId, String sessionId, String query, Map<String, Object> requested,
                       SearchResult result, long latencyMs) {
        try {
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
            events.ingestBatch(mapper.createArrayNode().add(event));
            return true;
        } catch (RuntimeException e) {
            failures.increment();
            Log.warnf("search event %s was not logged: %s", searchId, e.toString());
            return false;
        }
    }

    /** Writes what is queued (for up to 5 seconds) when the app stops. */
    @PreDestroy
    void flush() throws InterruptedException {
        if (writer != null) {
            writer.shutdown();
            writer.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
