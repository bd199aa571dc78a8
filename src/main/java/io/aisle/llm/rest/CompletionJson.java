package io.aisle.llm.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aisle.llm.local.LocalChatResult;
import io.aisle.llm.text.ToolCall;
import java.util.Locale;

/** OpenAI's response shapes: a chat.completion, and the chat.completion.chunk objects of a stream. */
final class CompletionJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String id;
    private final String model;
    private final long created = System.currentTimeMillis() / 1000;

    CompletionJson(String id, String model) {
        this.id = id;
        this.model = model;
    }

    ObjectNode completion(LocalChatResult result) {
        ObjectNode message = JSON.createObjectNode().put("role", "assistant");
        if (result.toolCalls().isEmpty()) {
            message.put("content", result.text());
        } else {
            message.put("content", result.text().isBlank() ? null : result.text());
            message.set("tool_calls", toolCalls(result, false));
        }
        ObjectNode choice = JSON.createObjectNode().put("index", 0);
        choice.set("message", message);
        if (!result.toolCallProblems().isEmpty()) {
            // not in OpenAI's schema; clients ignore it, people debugging a model see why a call was dropped
            choice.set("tool_call_problems", JSON.valueToTree(result.toolCallProblems()));
        }
        choice.put("finish_reason", finishReason(result.finish()));
        ObjectNode body = envelope("chat.completion");
        body.putArray("choices").add(choice);
        body.set("usage", usage(result));
        return body;
    }

    /** A chunk carrying a piece of text (or, first, the role). */
    ObjectNode textChunk(String role, String text) {
        ObjectNode delta = JSON.createObjectNode();
        if (role != null) {
            delta.put("role", role);
        }
        delta.put("content", text);
        return chunk(delta, null);
    }

    /** The last chunk: tool calls, if any, and the finish reason. */
    ObjectNode finalChunk(LocalChatResult result) {
        ObjectNode delta = JSON.createObjectNode();
        if (!result.toolCalls().isEmpty()) {
            delta.set("tool_calls", toolCalls(result, true));
        }
        return chunk(delta, finishReason(result.finish()));
    }

    /** With stream_options.include_usage: a chunk with no choices and the token counts. */
    ObjectNode usageChunk(LocalChatResult result) {
        ObjectNode body = envelope("chat.completion.chunk");
        body.putArray("choices");
        body.set("usage", usage(result));
        return body;
    }

    private ObjectNode chunk(ObjectNode delta, String finish) {
        ObjectNode choice = JSON.createObjectNode().put("index", 0);
        choice.set("delta", delta);
        choice.put("finish_reason", finish);
        ObjectNode body = envelope("chat.completion.chunk");
        body.putArray("choices").add(choice);
        return body;
    }

    private ObjectNode envelope(String object) {
        return JSON.createObjectNode().put("id", id).put("object", object).put("created", created).put("model", model);
    }

    private static ArrayNode toolCalls(LocalChatResult result, boolean indexed) {
        ArrayNode calls = JSON.createArrayNode();
        for (int i = 0; i < result.toolCalls().size(); i++) {
            ToolCall call = result.toolCalls().get(i);
            ObjectNode node = calls.addObject();
            if (indexed) {
                node.put("index", i);
            }
            node.put("id", call.id()).put("type", "function");
            node.putObject("function").put("name", call.name()).put("arguments", call.arguments());
        }
        return calls;
    }

    private static ObjectNode usage(LocalChatResult result) {
        return JSON.createObjectNode()
                .put("prompt_tokens", result.promptTokens())
                .put("completion_tokens", result.completionTokens())
                .put("total_tokens", result.promptTokens() + result.completionTokens());
    }

    private static String finishReason(LocalChatResult.Finish finish) {
        return finish == LocalChatResult.Finish.CANCELLED ? "abort" : finish.name().toLowerCase(Locale.ROOT);
    }
}
