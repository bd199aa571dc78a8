package io.aisle.events.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.time.Instant;

/** Bounds on what one request may send to the event log. */
@ConfigMapping(prefix = "aisle.events")
public interface EventLimits {

    /** Most events in one JSON-array batch. */
    int maxBatchSize();

    /** Largest payload object, in bytes of its JSON. */
    int maxPayloadBytes();

    /** How far in the future an occurredAt may lie (client clocks drift). */
    Duration maxFutureSkew();

    /** Nothing happened before this: older timestamps are typos. */
    Instant earliest();

    /** Lines per transaction when streaming NDJSON. */
    int ndjsonChunkSize();
}
