package io.aisle.llm.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads the tool calls out of a model's reply in its family's format. Malformed calls never throw:
 * they are left out and described in {@link ParsedReply#problems()}.
 */
public abstract class ToolCallParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    public static ToolCallParser forFamily(ModelFamily family) {
        return family == ModelFamily.QWEN2_5 ? new HermesToolCallParser() : new LlamaJsonToolCallParser();
    }

    public abstract ParsedReply parse(String reply);

    /**
     * One call from its JSON text, or null with the reason added to {@code problems}.
     * {@code argumentKeys} are the names the family uses for the arguments object, in preference order.
     */
    static ToolCall call(String json, List<String> argumentKeys, List<String> problems) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            problems.add("tool call is not valid JSON: " + json);
            return null;
        }
        if (node == null || !node.isObject()) {
            problems.add("tool call is not a JSON object: " + json);
            return null;
        }
        JsonNode name = node.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            problems.add("tool call has no name: " + json);
            return null;
        }
        JsonNode arguments = argumentKeys.stream().map(node::get).filter(a -> a != null).findFirst()
                .orElse(JSON.createObjectNode());
        if (arguments.isTextual()) {
            arguments = parseEmbedded(arguments.asText());
        }
        if (arguments == null || !arguments.isObject()) {
            problems.add("arguments of tool call " + name.asText() + " are not a JSON object: " + json);
            return null;
        }
        return new ToolCall(newId(), name.asText(), arguments.toString());
    }

    /** Some models write the arguments object as a JSON string. */
    private static JsonNode parseEmbedded(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String newId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return "call_" + HexFormat.of().formatHex(bytes);
    }
}
