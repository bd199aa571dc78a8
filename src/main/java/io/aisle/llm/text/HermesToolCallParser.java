package io.aisle.llm.text;

import java.util.ArrayList;
import java.util.List;

/** Qwen2.5's Hermes format: any number of {@code <tool_call>\n{"name": ..., "arguments": {...}}\n</tool_call>} blocks. */
final class HermesToolCallParser extends ToolCallParser {

    private static final String OPEN = "<tool_call>";
    private static final String CLOSE = "</tool_call>";

    @Override
    public ParsedReply parse(String reply) {
        List<ToolCall> calls = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int pos = 0;
        while (true) {
            int open = reply.indexOf(OPEN, pos);
            if (open < 0) {
                text.append(reply, pos, reply.length());
                break;
            }
            text.append(reply, pos, open);
            int close = reply.indexOf(CLOSE, open);
            if (close < 0) {
                problems.add("unclosed <tool_call>: " + reply.substring(open));
                break;
            }
            ToolCall call = call(reply.substring(open + OPEN.length(), close).strip(), List.of("arguments", "parameters"), problems);
            if (call != null) {
                calls.add(call);
            }
            pos = close + CLOSE.length();
        }
        return new ParsedReply(text.toString().strip(), calls, problems);
    }
}
