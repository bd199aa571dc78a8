package io.aisle.llm.text;

import java.util.Map;

/** A tool offered to the model; {@code parameters} is its JSON schema. */
public record ToolSpec(String name, String description, Map<String, Object> parameters) {
}
