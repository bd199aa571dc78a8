package io.aisle.common.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** What PostgreSQL text and jsonb cannot store: U+0000, which JSON and CSV input can carry. */
public final class PgText {

    public static final String NUL_MESSAGE = "must not contain the NUL character (\\u0000)";

    private PgText() {
    }

    public static boolean hasNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    /** True when any string value or object key in the tree holds U+0000. */
    public static boolean hasNul(JsonNode node) {
        if (node.isTextual()) {
            return hasNul(node.asText());
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (hasNul(field.getKey()) || hasNul(field.getValue())) {
                return true;
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (hasNul(element)) {
                    return true;
                }
            }
        }
        return false;
    }
}
