package io.aisle.assistant.ws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aisle.events.model.EventType;
import io.aisle.events.service.BackgroundEventWriter;
import io.aisle.events.service.EventIngestService;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * What shoppers do with the product cards in the chat, written to the event log: opening a card is a
 * {@code chat_click}, its cart button an {@code add_to_cart} (which the recommender learns from, like the store's
 * own carts), both tagged with the conversation.
 */
@ApplicationScoped
public class ChatCardEvents {

    private static final int QUEUE = 10_000;

    private final ObjectMapper mapper;
    private final BackgroundEventWriter writer;

    public ChatCardEvents(EventIngestService events, ObjectMapper mapper, MeterRegistry registry) {
        this.mapper = mapper;
        this.writer = new BackgroundEventWriter(events, mapper, registry, "chat-cards", true, QUEUE);
    }

    void clicked(ChatConnection connection, String sku) {
        submit(EventType.CHAT_CLICK, connection, sku, mapper.createObjectNode());
    }

    void addedToCart(ChatConnection connection, String sku) {
        submit(EventType.ADD_TO_CART, connection, sku, mapper.createObjectNode().put("quantity", 1)
                .put("source", "chat"));
    }

    private void submit(EventType type, ChatConnection connection, String sku, ObjectNode payload) {
        String eventId = "chat-" + type.wireName().replace('_', '-') + "-" + UUID.randomUUID();
        writer.submit(eventId, () -> {
            ObjectNode event = mapper.createObjectNode();
            event.put("eventId", eventId);
            event.put("type", type.wireName());
            event.put("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
            if (connection.shopper().customerId() != null) {
                event.put("customerId", connection.shopper().customerId());
            }
            event.put("sessionId", connection.sessionId());
            event.set("itemIds", mapper.createArrayNode().add(sku));
            payload.put("conversationId", connection.conversationId());
            event.set("payload", payload);
            return event;
        });
    }

    @PreDestroy
    void flush() throws InterruptedException {
        writer.close();
    }
}
