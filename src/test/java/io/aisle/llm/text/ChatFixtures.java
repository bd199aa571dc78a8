package io.aisle.llm.text;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Conversations and tools shared by the chat template and tool-call tests. */
final class ChatFixtures {

    static final Clock DEC_1_2026 = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    static final ToolSpec SEARCH = new ToolSpec("search_products", "Search the catalog", Map.of(
            "type", "object",
            "properties", Map.of("query", orderedMap("type", "string", "description", "what to look for")),
            "required", List.of("query")));

    static final ToolCall SEARCH_CALL = new ToolCall("call_1", "search_products", "{\"query\": \"blue mug\"}");

    static final String SEARCH_RESULT = "{\"results\": [{\"id\": \"sku-1\", \"title\": \"Blue mug\"}]}";

    private ChatFixtures() {
    }

    /** The tool's JSON as json.dumps writes it, keys in the order the schema lists them. */
    static final String SEARCH_JSON = "{\"type\": \"function\", \"function\": {\"name\": \"search_products\", "
            + "\"description\": \"Search the catalog\", \"parameters\": {\"type\": \"object\", \"properties\": "
            + "{\"query\": {\"type\": \"string\", \"description\": \"what to look for\"}}, \"required\": [\"query\"]}}}";

    static Map<String, Object> orderedMap(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    static ToolSpec searchTool() {
        Map<String, Object> parameters = new java.util.LinkedHashMap<>();
        parameters.put("type", "object");
        parameters.put("properties", Map.of("query", orderedMap("type", "string", "description", "what to look for")));
        parameters.put("required", List.of("query"));
        return new ToolSpec("search_products", "Search the catalog", parameters);
    }
}
