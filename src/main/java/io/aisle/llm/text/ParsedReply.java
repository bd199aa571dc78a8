package io.aisle.llm.text;

import java.util.List;

/** A model's reply split into the text for the user, the tool calls it makes, and what could not be read. */
public record ParsedReply(String text, List<ToolCall> toolCalls, List<String> problems) {
    public ParsedReply {
        toolCalls = List.copyOf(toolCalls);
        problems = List.copyOf(problems);
    }
}
