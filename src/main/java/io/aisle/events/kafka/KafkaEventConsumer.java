package io.aisle.events.kafka;

import io.aisle.events.model.IngestResult;
import io.aisle.events.service.EventIngestService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Events from the Kafka topic {@code aisle.kafka.events-topic}, consumed in batches (channel "events",
 * off unless {@code aisle.kafka.enabled}). Valid events are stored as a POST /events batch would store
 * them (same validation, idempotent by eventId, so redelivery after a crash is harmless); invalid ones go
 * to the dead-letter topic with the reasons in the header {@value #REASON_HEADER}. The batch's offsets are
 * committed only after both, and a database failure stops the channel (Kafka health check goes down) rather
 * than dead-lettering good events.
 */
@ApplicationScoped
public class KafkaEventConsumer {

    static final String REASON_HEADER = "aisle-rejection-reason";

    private final EventRecordReader reader;
    private final EventIngestService ingest;
    private final Emitter<String> deadLetters;
    private final Counter deadLettered;

    public KafkaEventConsumer(EventRecordReader reader, EventIngestService ingest,
                              @Channel("events-dead-letter") Emitter<String> deadLetters, MeterRegistry registry) {
        this.reader = reader;
        this.ingest = ingest;
        this.deadLetters = deadLetters;
        this.deadLettered = registry.counter("aisle.events.kafka.dead.lettered");
    }

    @Incoming("events")
    @Blocking
    public void consume(List<String> values) {
        EventRecordReader.ReadBatch batch = reader.read(values);
        CompletableFuture<?>[] sent = batch.rejected().stream()
                .map(this::sendToDeadLetterTopic)
                .toArray(CompletableFuture[]::new);
        IngestResult stored = ingest.append(batch.valid());
        CompletableFuture.allOf(sent).join();
        deadLettered.increment(batch.rejected().size());
        Log.debugf("kafka events: %d records, %d accepted, %d duplicates, %d dead-lettered",
                values.size(), stored.accepted(), stored.duplicates(), batch.rejected().size());
    }

    private CompletableFuture<Void> sendToDeadLetterTopic(EventRecordReader.Rejected rejected) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(REASON_HEADER, rejected.reason().getBytes(StandardCharsets.UTF_8));
        CompletableFuture<Void> acked = new CompletableFuture<>();
        Message<String> message = Message.of(rejected.value() == null ? "" : rejected.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withHeaders(headers).build())
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        deadLetters.send(message);
        return acked;
    }
}
