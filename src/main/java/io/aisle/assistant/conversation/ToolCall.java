package io.aisle.assistant.conversation;

import com.fasterxml.jackson.databind.JsonNode;

/** One tool the assistant ran for an answer: its arguments and result (as JSON) and how long it took. */
public record ToolCall(String name, JsonNode arguments, JsonNode result, long latencyMs) {
}
