package io.aisle.llm.text;

/** A call the assistant makes: its id, the tool's name and the arguments as a JSON object text. */
public record ToolCall(String id, String name, String arguments) {
}
