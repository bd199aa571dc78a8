package io.aisle.llm.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Llama 3.1/3.2's JSON tool calls: the whole reply is {@code {"name": ..., "parameters": {...}}},
 * optionally after {@code <|python_tag|>}, several separated by ';'. A reply that does not start
 * with '{' is plain text.
 */
final class LlamaJsonToolCallParser extends ToolCallParser {

    private static final String PYTHON_TAG = "<|python_tag|>";

    @Override
    public ParsedReply parse(String reply) {
        String body = reply.strip();
        if (body.startsWith(PYTHON_TAG)) {
            body = body.substring(PYTHON_TAG.length()).strip();
        }
        if (!body.startsWith("{")) {
            return new ParsedReply(reply.strip(), List.of(), List.of());
        }
        List<ToolCall> calls = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String part : topLevelParts(body)) {
            ToolCall call = call(part, List.of("parameters", "arguments"), problems);
            if (call != null) {
                calls.add(call);
            }
        }
        return new ParsedReply("", calls, problems);
    }

    /** Splits at ';' outside strings and brackets, so a ';' inside an argument value stays put. */
    private static List<String> topLevelParts(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean inString = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == ';' && depth == 0) {
                parts.add(body.substring(start, i).strip());
                start = i + 1;
            }
        }
        String last = body.substring(start).strip();
        if (!last.isEmpty()) {
            parts.add(last);
        }
        return parts;
    }
}
