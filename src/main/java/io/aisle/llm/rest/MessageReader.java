package io.aisle.llm.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.aisle.llm.text.ChatRole;
import io.aisle.llm.text.ChatTurn;
import io.aisle.llm.text.ToolCall;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code messages} array: roles, text content (a string or text parts), tool calls and results. */
final class MessageReader {

    private final JsonFieldReader fields;
    /** Tool names by call id, so a tool result without a name still names its tool. */
    private final Map<String, String> callNames = new HashMap<>();

    MessageReader(JsonFieldReader fields) {
        this.fields = fields;
    }

    List<ChatTurn> read(JsonNode messages) {
        List<ChatTurn> turns = new ArrayList<>();
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            fields.reject("messages", "a non-empty list of messages is required");
            return turns;
        }
        for (int i = 0; i < messages.size(); i++) {
            ChatTurn turn = message(messages.get(i), "messages[" + i + "]");
            if (turn != null) {
                turns.add(turn);
            }
        }
        return turns;
    }

    private ChatTurn message(JsonNode message, String path) {
        ChatRole role = role(message.path("role"), path + ".role");
        if (role == null) {
            return null;
        }
        String content = content(message.get("content"), path + ".content");
        List<ToolCall> calls = role == ChatRole.ASSISTANT ? toolCalls(message.get("tool_calls"), path) : List.of();
        if (role == ChatRole.TOOL) {
            String id = message.path("tool_call_id").asText("");
            if (id.isEmpty()) {
                fields.reject(path + ".tool_call_id", "a tool message needs the id of the call it answers");
                return null;
            }
            String name = message.path("name").asText(callNames.getOrDefault(id, ""));
            return content == null ? missingContent(path) : ChatTurn.toolResult(id, name, content);
        }
        if (content == null && calls.isEmpty()) {
            return missingContent(path);
        }
        return new ChatTurn(role, content, calls, null, null);
    }

    private ChatTurn missingContent(String path) {
        fields.reject(path + ".content", "text content is required");
        return null;
    }

    private ChatRole role(JsonNode role, String path) {
        String name = role.asText("").toUpperCase(Locale.ROOT);
        if (name.equals("DEVELOPER")) {
            return ChatRole.SYSTEM;
        }
        for (ChatRole r : ChatRole.values()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        fields.reject(path, "must be system, developer, user, assistant or tool");
        return null;
    }

    private String content(JsonNode content, String path) {
        if (content == null || content.isNull()) {
            return null;
        }
        if (content.isTextual()) {
            return content.asText();
        }
        if (content.isArray()) {
            StringBuilder text = new StringBuilder();
            for (JsonNode part : content) {
                if (!"text".equals(part.path("type").asText()) || !part.path("text").isTextual()) {
                    fields.reject(path, "only text parts ({\"type\":\"text\",\"text\":...}) are supported");
                    return null;
                }
                text.append(part.get("text").asText());
            }
            return text.toString();
        }
        fields.reject(path, "must be a string or a list of text parts");
        return null;
    }

    private List<ToolCall> toolCalls(JsonNode calls, String path) {
        List<ToolCall> result = new ArrayList<>();
        if (calls == null || calls.isNull()) {
            return result;
        }
        for (int i = 0; i < calls.size(); i++) {
            JsonNode call = calls.get(i);
            String at = path + ".tool_calls[" + i + "]";
            String name = call.path("function").path("name").asText("");
            JsonNode arguments = call.path("function").path("arguments");
            if (name.isEmpty() || !arguments.isTextual()) {
                fields.reject(at + ".function", "needs a name and arguments as a JSON string");
                continue;
            }
            String id = call.path("id").asText("call_" + i);
            callNames.put(id, name);
            result.add(new ToolCall(id, name, arguments.asText()));
        }
        return result;
    }
}
