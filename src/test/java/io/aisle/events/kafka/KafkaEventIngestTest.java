package io.aisle.events.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.common.Db;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Events sent to a real (in-process) Kafka broker end up in the log, bad ones on the dead-letter topic. */
@QuarkusTest
@TestProfile(KafkaEventIngestTest.KafkaOn.class)
@QuarkusTestResource(value = InProcessKafkaBroker.class, restrictToAnnotatedClass = true)
class KafkaEventIngestTest {

    public static class KafkaOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("aisle.kafka.enabled", "true");
        }
    }

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void validEventsAreStoredOnceAndInvalidOnesGoToTheDeadLetterTopicWithTheReason() throws Exception {
        String prefix = "k-" + UUID.randomUUID() + "-";
        String when = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).withNano(0).toString();
        String view = "{\"eventId\":\"" + prefix + "1\",\"type\":\"product_view\",\"occurredAt\":\"" + when
                + "\",\"sessionId\":\"s-1\",\"itemIds\":[\"sku-1\"]}";
        String search = "{\"eventId\":\"" + prefix + "2\",\"type\":\"search\",\"occurredAt\":\"" + when
                + "\",\"sessionId\":\"s-1\",\"query\":\"tea lights\"}";
        String unknownType = "{\"eventId\":\"" + prefix + "3\",\"type\":\"click\",\"occurredAt\":\"" + when
                + "\",\"sessionId\":\"s-1\"}";
        send(List.of(view, search, view, unknownType, "not json"));

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (storedWithPrefix(prefix) < 2 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        List<ConsumerRecord<String, String>> dead = deadLetters(2);
        assertEquals(List.of(unknownType, "not json"), dead.stream().map(ConsumerRecord::value).toList());
        String reason = new String(dead.get(0).headers().lastHeader(KafkaEventConsumer.REASON_HEADER).value(),
                StandardCharsets.UTF_8);
        assertTrue(reason.contains("unknown type 'click'"), reason);
        assertEquals(2, storedWithPrefix(prefix), "the repeated event is stored once");
    }

    private void send(List<String> values) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>("aisle.events", "s-1", value)).get();
            }
        }
    }

    private List<ConsumerRecord<String, String>> deadLetters(int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("aisle.events.dlq"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private long storedWithPrefix(String prefix) throws Exception {
        return Db.count(dataSource, "SELECT count(*) FROM events WHERE event_id LIKE ?", prefix + "%");
    }
}
