package io.aisle.llm.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.llm.text.ToolSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code tools} array in OpenAI's function format. */
final class ToolReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonFieldReader fields;

    ToolReader(JsonFieldReader fields) {
        this.fields = fields;
    }

    @SuppressWarnings("unchecked")
    List<ToolSpec> read(JsonNode tools) {
        List<ToolSpec> specs = new ArrayList<>();
        if (tools == null || tools.isNull()) {
            return specs;
        }
        if (!tools.isArray()) {
            fields.reject("tools", "must be a list");
            return specs;
        }
        for (int i = 0; i < tools.size(); i++) {
            JsonNode function = tools.get(i).path("function");
            String name = function.path("name").asText("");
            JsonNode parameters = function.path("parameters");
            if (!"function".equals(tools.get(i).path("type").asText()) || name.isEmpty()
                    || !(parameters.isMissingNode() || parameters.isObject())) {
                fields.reject("tools[" + i + "]", "needs type \"function\", a function name and parameters as a JSON schema object");
                continue;
            }
            Map<String, Object> schema = parameters.isObject()
                    ? JSON.convertValue(parameters, Map.class)
                    : Map.of("type", "object", "properties", Map.of());
            specs.add(new ToolSpec(name, function.path("description").asText(""), schema));
        }
        return specs;
    }
}
