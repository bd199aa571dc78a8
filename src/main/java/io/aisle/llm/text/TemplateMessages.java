package io.aisle.llm.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Our turns and tools in the OpenAI message shape that chat templates are written against. */
final class TemplateMessages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TemplateMessages() {
    }

    static List<Map<String, Object>> of(List<ChatTurn> turns) {
        List<Map<String, Object>> messages = new ArrayList<>();
        for (ChatTurn turn : turns) {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("role", turn.role().wire());
            message.put("content", turn.content());
            // templates test `'tool_calls' in message`, so the key exists only when there are calls
            if (!turn.toolCalls().isEmpty()) {
                message.put("tool_calls", toolCalls(turn.toolCalls()));
            }
            if (turn.role() == ChatRole.TOOL) {
                message.put("tool_call_id", turn.toolCallId());
                message.put("name", turn.toolName());
            }
            messages.add(message);
        }
        return messages;
    }

    static List<Map<String, Object>> tools(List<ToolSpec> tools) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ToolSpec tool : tools) {
            Map<String, Object> function = new LinkedHashMap<>();
            function.put("name", tool.name());
            function.put("description", tool.description());
            function.put("parameters", tool.parameters());
            Map<String, Object> wrapped = new LinkedHashMap<>();
            wrapped.put("type", "function");
            wrapped.put("function", function);
            out.add(wrapped);
        }
        return out;
    }

    private static List<Map<String, Object>> toolCalls(List<ToolCall> calls) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ToolCall call : calls) {
            Map<String, Object> function = new LinkedHashMap<>();
            function.put("name", call.name());
            function.put("arguments", arguments(call));
            Map<String, Object> wrapped = new LinkedHashMap<>();
            wrapped.put("id", call.id());
            wrapped.put("type", "function");
            wrapped.put("function", function);
            out.add(wrapped);
        }
        return out;
    }

    /** Templates serialise arguments with tojson, so they must be an object, not the JSON text. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> arguments(ToolCall call) {
        try {
            return JSON.readValue(call.arguments(), LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("arguments of tool call " + call.name() + " are not a JSON object: "
                    + call.arguments(), e);
        }
    }
}
