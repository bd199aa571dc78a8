package io.aisle.assistant.conversation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aisle.assistant.llm.AnsweredTurn;
import io.aisle.events.model.EventType;
import io.aisle.events.service.BackgroundEventWriter;
import io.aisle.events.service.EventIngestService;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes every chat message to the event log as a {@code chat_turn} (masked text only): the shopper's with its
 * intent and flags; the assistant's with the products shown (as itemIds, in order), the tool calls, latency, the
 * model that answered (or "grounded"), its token usage and the guardrail's flags.
 */
@ApplicationScoped
public class AssistantEventLogger {

    private static final int QUEUE = 10_000;

    private final ObjectMapper mapper;
    private final BackgroundEventWriter writer;
    private final AssistantMetrics metrics;

    public AssistantEventLogger(EventIngestService events, ObjectMapper mapper, MeterRegistry registry,
                                AssistantMetrics metrics) {
        this.mapper = mapper;
        this.metrics = metrics;
        this.writer = new BackgroundEventWriter(events, mapper, registry, "assistant", true, QUEUE);
    }

    void shopperMessage(Conversation c, long messageId, String text, String intent, List<String> flags) {
        ObjectNode payload = mapper.createObjectNode();
        payload.put("text", text);
        if (intent != null) {
            payload.put("intent", intent);
        }
        payload.set("flags", mapper.valueToTree(flags));
        metrics.flagged("shopper_message", flags);
        submit(c, messageId, "shopper", List.of(), payload);
    }

    void assistantMessage(Conversation c, long messageId, TurnResult turn, AnsweredTurn answered) {
        ObjectNode payload = mapper.createObjectNode();
        payload.put("text", turn.answer());
        payload.put("intent", turn.intent());
        payload.put("state", turn.state());
        payload.put("latencyMs", turn.latencyMs());
        payload.put("model", answered.model());
        payload.putObject("tokens").put("input", answered.inputTokens()).put("output", answered.outputTokens());
        payload.set("flags", mapper.valueToTree(answered.flags()));
        metrics.answered(answered.model(), answered.flags());
        if (!answered.problems().isEmpty()) {
            payload.set("guardrailProblems", mapper.valueToTree(answered.problems()));
        }
        ArrayNode calls = payload.putArray("toolCalls");
        for (ToolCall call : turn.toolCalls()) {
            calls.addObject().put("name", call.name()).put("latencyMs", call.latencyMs()).set("arguments", call.arguments());
        }
        submit(c, messageId, "assistant", turn.products().stream().map(p -> p.sku()).toList(), payload);
    }

    private void submit(Conversation c, long messageId, String role, List<String> skus, ObjectNode payload) {
        String eventId = "chat-" + c.id() + "-" + messageId;
        writer.submit(eventId, () -> {
            ObjectNode event = mapper.createObjectNode();
            event.put("eventId", eventId);
            event.put("type", EventType.CHAT_TURN.wireName());
            event.put("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
            if (c.customerId() != null) {
                event.put("customerId", c.customerId());
            }
            event.put("sessionId", c.sessionId());
            if (!skus.isEmpty()) {
                event.set("itemIds", mapper.valueToTree(skus));
            }
            payload.put("conversationId", c.id());
            payload.put("role", role);
            event.set("payload", payload);
            return event;
        });
    }

    @PreDestroy
    void flush() throws InterruptedException {
        writer.close();
    }
}
