package io.aisle.llm.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.aisle.common.rest.FieldViolation;
import io.aisle.common.rest.InvalidRequestException;
import io.aisle.llm.local.SamplingRequest;
import io.aisle.llm.text.ChatTurn;
import io.aisle.llm.text.ToolSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an OpenAI chat-completions body (the subset vLLM serves, with vLLM's top_k and
 * repetition_penalty extensions), collecting every problem with the field it concerns.
 */
final class CompletionRequestReader {

    private final List<FieldViolation> violations = new ArrayList<>();
    private final JsonFieldReader fields = new JsonFieldReader(violations);

    static CompletionCall read(JsonNode body) {
        return new CompletionRequestReader().call(body);
    }

    private CompletionCall call(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidRequestException.single("body", "a JSON object is required");
        }
        List<ChatTurn> turns = new MessageReader(fields).read(body.get("messages"));
        List<ToolSpec> tools = readTools(body);
        fields.integer(body, "n", 1, 1);
        Integer maxTokens = fields.integer(body, body.has("max_completion_tokens") ? "max_completion_tokens" : "max_tokens",
                1, Integer.MAX_VALUE);
        SamplingRequest sampling = new SamplingRequest(
                fields.decimal(body, "temperature", 0, 2),
                fields.decimal(body, "top_p", Double.MIN_VALUE, 1),
                topK(body),
                fields.decimal(body, "repetition_penalty", Double.MIN_VALUE, 10),
                maxTokens,
                fields.stringOrList(body, "stop", 16),
                fields.longInteger(body, "seed"));
        boolean stream = Boolean.TRUE.equals(fields.bool(body, "stream"));
        JsonNode options = body.get("stream_options");
        boolean usage = options != null && Boolean.TRUE.equals(fields.bool(options, "include_usage"));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("invalid chat completion request", violations);
        }
        return new CompletionCall(fields.text(body, "model"), turns, tools, sampling, stream, usage);
    }

    /** vLLM's convention: -1 (or 0) turns top-k off. */
    private Integer topK(JsonNode body) {
        Integer k = fields.integer(body, "top_k", -1, Integer.MAX_VALUE);
        return k == null || k <= 0 ? null : k;
    }

    private List<ToolSpec> readTools(JsonNode body) {
        JsonNode choice = body.get("tool_choice");
        if (choice != null && !choice.isNull() && !(choice.isTextual() && List.of("auto", "none").contains(choice.asText()))) {
            violations.add(FieldViolation.of("tool_choice", "only \"auto\" and \"none\" are supported"));
        }
        List<ToolSpec> tools = new ToolReader(fields).read(body.get("tools"));
        return choice != null && "none".equals(choice.asText()) ? List.of() : tools;
    }
}
