package io.aisle.llm.runtime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rope_scaling entry of a config: "llama3" (Llama 3.1/3.2's frequency-dependent scaling) or
 * "linear" (positions divided by factor).
 */
public record RopeScaling(String type, double factor, double lowFreqFactor, double highFreqFactor,
        int originalMaxPositionEmbeddings) {

    public static final String LLAMA3 = "llama3";
    public static final String LINEAR = "linear";

    public static RopeScaling llama3(double factor, double lowFreqFactor, double highFreqFactor, int originalMax) {
        return new RopeScaling(LLAMA3, factor, lowFreqFactor, highFreqFactor, originalMax);
    }

    /** Null when the node is absent or JSON null, or names the "default" rope. */
    static RopeScaling parse(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        JsonNode typeNode = node.has("rope_type") ? node.get("rope_type") : node.get("type");
        String type = typeNode == null ? "" : typeNode.asText();
        switch (type) {
            case "default":
                return null;
            case LINEAR:
                return new RopeScaling(LINEAR, required(node, "factor"), 0, 0, 0);
            case LLAMA3:
                return llama3(required(node, "factor"), required(node, "low_freq_factor"),
                        required(node, "high_freq_factor"), (int) required(node, "original_max_position_embeddings"));
            default:
                throw new UnsupportedModelException("rope_scaling type '" + type + "' is not supported (llama3, linear)");
        }
    }

    private static double required(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isNumber()) {
            throw new UnsupportedModelException("rope_scaling lacks " + key);
        }
        return value.asDouble();
    }
}
