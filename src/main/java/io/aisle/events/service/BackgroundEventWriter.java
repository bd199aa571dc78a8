package io.aisle.events.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Appends events that the app itself produces (searches, recommendation impressions) through the event log's
 * own validation. Writing never fails the request that caused it: a failure is logged and counted
 * ({@code aisle.<name>.events.failed}). When asynchronous, events are written off the request thread from a
 * bounded queue; events beyond it are dropped and counted ({@code aisle.<name>.events.dropped}).
 */
public final class BackgroundEventWriter implements AutoCloseable {

    private final EventIngestService events;
    private final ObjectMapper mapper;
    private final String name;
    private final Counter failures;
    private final Counter dropped;
    private final ThreadPoolExecutor writer;

    public BackgroundEventWriter(EventIngestService events, ObjectMapper mapper, MeterRegistry registry, String name,
                                 boolean async, int queueSize) {
        this.events = events;
        this.mapper = mapper;
        this.name = name;
        this.failures = registry.counter("aisle." + name + ".events.failed");
        this.dropped = registry.counter("aisle." + name + ".events.dropped");
        this.writer = async ? new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, queueSize)), runnable -> {
                    Thread thread = new Thread(runnable, "aisle-" + name + "-events");
                    thread.setDaemon(true);
                    return thread;
                }, (runnable, executor) -> {
                    dropped.increment();
                    Log.warnf("%s event queue is full; an event was dropped", name);
                }) : null;
    }

    /** Builds and stores the event in the background when so configured, else now; never throws. */
    public void submit(String eventId, Supplier<ObjectNode> event) {
        if (writer == null) {
            write(eventId, event);
            return;
        }
        try {
            writer.execute(() -> write(eventId, event));
        } catch (RuntimeException e) { // shut down
            failures.increment();
            Log.warnf("%s event %s was not logged: %s", name, eventId, e.toString());
        }
    }

    /** Builds and stores the event now; never throws. @return true when it was stored */
    public boolean write(String eventId, Supplier<ObjectNode> event) {
        try {
            events.ingestBatch(mapper.createArrayNode().add(event.get()));
            return true;
        } catch (RuntimeException e) {
            failures.increment();
            Log.warnf("%s event %s was not logged: %s", name, eventId, e.toString());
            return false;
        }
    }

    /** Writes what is queued, for up to 5 seconds. */
    @Override
    public void close() throws InterruptedException {
        if (writer != null) {
            writer.shutdown();
            writer.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
