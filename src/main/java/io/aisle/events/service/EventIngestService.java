package io.aisle.events.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.common.rest.FieldViolation;
import io.aisle.common.rest.InvalidRequestException;
import io.aisle.events.config.EventLimits;
import io.aisle.events.model.Event;
import io.aisle.events.model.IngestResult;
import io.aisle.events.repository.EventRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Validates and appends events: JSON-array batches whole, NDJSON streams chunk by chunk. */
@ApplicationScoped
public class EventIngestService {

    private final EventValidator validator;
    private final EventRepository repository;
    private final EventLimits limits;
    private final ObjectMapper mapper;
    private final Counter acceptedCounter;
    private final Counter duplicateCounter;
    private final Counter rejectedCounter;

    public EventIngestService(EventValidator validator, EventRepository repository, EventLimits limits,
                              ObjectMapper mapper, MeterRegistry registry) {
        this.validator = validator;
        this.repository = repository;
        this.limits = limits;
        this.mapper = mapper;
        this.acceptedCounter = registry.counter("aisle.events.ingested", "outcome", "accepted");
        this.duplicateCounter = registry.counter("aisle.events.ingested", "outcome", "duplicate");
        this.rejectedCounter = registry.counter("aisle.events.ingested", "outcome", "rejected");
    }

    /** A JSON array of events: all valid and stored (new ones once), or none stored. */
    public IngestResult ingestBatch(JsonNode body) {
        if (body == null || !body.isArray()) {
            throw InvalidRequestException.single("body", "must be a JSON array of events");
        }
        if (body.size() > limits.maxBatchSize()) {
            throw InvalidRequestException.single("body",
                    "batch has " + body.size() + " events; at most " + limits.maxBatchSize() + " per request");
        }
        List<FieldViolation> violations = new ArrayList<>();
        List<Event> events = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            validator.validate(body.get(i), "[" + i + "]", null, violations).ifPresent(events::add);
        }
        if (!violations.isEmpty()) {
            rejectedCounter.increment(body.size());
            throw new InvalidRequestException((body.size() - events.size()) + " of " + body.size()
                    + " events are invalid; nothing was stored", violations);
        }
        return append(events);
    }

    /**
     * Newline-delimited events for backfills. Every chunk of lines is stored whole or not at all; the
     * first chunk with a bad line stops the stream, and the answer says how many lines were committed
     * before it, so the client can resume there (re-sending committed lines is harmless).
     */
    public IngestResult ingestNdjson(BufferedReader lines) {
        IngestResult total = IngestResult.EMPTY;
        List<Event> chunk = new ArrayList<>();
        List<FieldViolation> violations = new ArrayList<>();
        long lineNo = 0;
        long committedLines = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                long current = ++lineNo;
                if (!line.isBlank()) {
                    parseLine(line, current, violations)
                            .flatMap(node -> validator.validate(node, "", current, violations))
                            .ifPresent(chunk::add);
                }
                if (lineNo % limits.ndjsonChunkSize() == 0) {
                    total = total.plus(commitChunk(chunk, violations, committedLines, total));
                    committedLines = lineNo;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the NDJSON stream failed after line " + lineNo, e);
        }
        return total.plus(commitChunk(chunk, violations, committedLines, total));
    }

    private IngestResult commitChunk(List<Event> chunk, List<FieldViolation> violations, long committedLines,
                                     IngestResult committed) {
        if (!violations.isEmpty()) {
            rejectedCounter.increment(violations.size());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("committedLines", committedLines);
            details.put("accepted", committed.accepted());
            details.put("duplicates", committed.duplicates());
            throw new InvalidRequestException("invalid events after line " + committedLines
                    + "; lines 1-" + committedLines + " were stored", violations, details);
        }
        IngestResult result = append(chunk);
        chunk.clear();
        return result;
    }

    private Optional<JsonNode> parseLine(String line, long lineNo, List<FieldViolation> violations) {
        try {
            return Optional.of(mapper.readTree(line));
        } catch (JsonProcessingException e) {
            violations.add(FieldViolation.atRow(lineNo, "event", "malformed JSON: " + e.getOriginalMessage()));
            return Optional.empty();
        }
    }

    /**
     * Stores events that passed {@link EventValidator} (from any transport), each id once, in one
     * transaction; ids already in the log are counted as duplicates.
     */
    public IngestResult append(List<Event> events) {
        Map<String, Event> unique = new LinkedHashMap<>();
        for (Event event : events) {
            unique.putIfAbsent(event.eventId(), event);
        }
        List<Event> ordered = new ArrayList<>(unique.values());
        ordered.sort(Comparator.comparing(Event::eventId));
        try {
            int accepted = repository.append(ordered);
            IngestResult result = new IngestResult(events.size(), accepted, events.size() - accepted);
            acceptedCounter.increment(result.accepted());
            duplicateCounter.increment(result.duplicates());
            Log.debugf("events appended received=%d accepted=%d duplicates=%d",
                    result.received(), result.accepted(), result.duplicates());
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("appending " + events.size() + " events failed", e);
        }
    }
}
