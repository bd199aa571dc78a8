package io.aisle.llm.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading optional and required fields of Hugging Face JSON configs. */
final class JsonFields {

    private JsonFields() {
    }

    static boolean present(JsonNode node, String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    static int requiredInt(JsonNode node, String key) {
        if (!present(node, key)) {
            throw new IllegalArgumentException("config.json lacks " + key);
        }
        return node.get(key).asInt();
    }

    static Integer optionalInt(JsonNode node, String key) {
        return present(node, key) ? node.get(key).asInt() : null;
    }

    static Double optionalDouble(JsonNode node, String key) {
        return present(node, key) ? node.get(key).asDouble() : null;
    }

    static Boolean optionalBoolean(JsonNode node, String key) {
        return present(node, key) ? node.get(key).asBoolean() : null;
    }

    /** A token id field that may hold one id or a list of them (eos_token_id). */
    static List<Integer> intOrList(JsonNode node, String key) {
        List<Integer> ids = new ArrayList<>();
        if (!present(node, key)) {
            return ids;
        }
        JsonNode value = node.get(key);
        if (value.isArray()) {
            value.forEach(id -> ids.add(id.asInt()));
        } else {
            ids.add(value.asInt());
        }
        return List.copyOf(ids);
    }
}
