package io.aisle.assistant.conversation;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The assistant's figures in /q/metrics: turns by what answered them, guardrail and other flags raised
 * on shopper messages and answers, and conversation state changes (handoffs are transitions to
 * waiting_for_agent). Tag values come from fixed sets, never from what a shopper typed.
 */
@ApplicationScoped
public class AssistantMetrics {

    private final MeterRegistry registry;

    public AssistantMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void answered(String model, List<String> flags) {
        registry.counter("aisle.assistant.turns", "answered_by", "grounded".equals(model) ? "grounded" : "llm")
                .increment();
        flagged("answer", flags);
    }

    void flagged(String on, List<String> flags) {
        flags.forEach(flag -> registry.counter("aisle.assistant.flags", "on", on, "flag", flag).increment());
    }

    void transitioned(ConversationState from, ConversationState to) {
        registry.counter("aisle.assistant.transitions", "from", from.wireName(), "to", to.wireName()).increment();
    }
}
