package io.aisle.llm.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.incubator.vector.FloatVector;

/**
 * Refuses configs that jlama 0.8.4 would load without complaint but compute differently from
 * transformers, so that a disagreement always means a wrong number and never an unsupported feature.
 */
final class JlamaCompatibility {

    private JlamaCompatibility() {
    }

    static void requireSupported(Path modelDir) {
        JsonNode config = readConfig(modelDir);
        List<String> problems = problems(config);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("jlama 0.8.4 cannot reproduce " + modelDir + ": " + String.join("; ", problems));
        }
    }

    static List<String> problems(JsonNode config) {
        List<String> problems = new ArrayList<>();
        String type = config.path("model_type").asText();
        boolean qwen2 = type.equals("qwen2");
        if (!qwen2 && !type.equals("llama")) {
            problems.add("model_type '" + type + "' is not checked here (llama, qwen2)");
        }
        int hidden = config.path("hidden_size").asInt();
        int heads = config.path("num_attention_heads").asInt();
        int headDim = heads == 0 ? 0 : hidden / heads;
        if (config.hasNonNull("head_dim") && config.get("head_dim").asInt() != headDim) {
            problems.add("head_dim " + config.get("head_dim").asInt() + " differs from hidden_size / num_attention_heads ("
                    + headDim + "), which jlama always uses");
        }
        JsonNode scaling = config.path("rope_scaling");
        if (scaling.isObject() && !ropeScalingIsLinearOrIdentity(scaling, qwen2)) {
            problems.add("rope_scaling " + scaling + " is ignored by jlama (it applies only Llama's \"linear\" type)");
        }
        if (qwen2 && !config.hasNonNull("rope_theta")) {
            problems.add("a qwen2 config without rope_theta makes jlama skip rotary embeddings");
        }
        if (qwen2 && config.path("eos_token_id").isArray()) {
            problems.add("jlama reads a qwen2 eos_token_id only as a single integer");
        }
        if (!qwen2 && (config.path("attention_bias").asBoolean() || config.path("mlp_bias").asBoolean())) {
            problems.add("jlama's Llama has no attention or MLP biases");
        }
        if (config.path("use_sliding_window").asBoolean()) {
            problems.add("jlama has no sliding-window attention");
        }
        int lanes = FloatVector.SPECIES_PREFERRED.length();
        for (int size : new int[] {hidden, config.path("intermediate_size").asInt(), headDim}) {
            if (size % lanes != 0) {
                // jlama's kernels have no remainder loop: they would read past the row silently
                problems.add("dimension " + size + " is not a multiple of this CPU's " + lanes + " float lanes");
            }
        }
        return problems;
    }

    /**
     * jlama applies a Llama "linear" scaling only when it is named by rope_type (not by the older
     * "type" key); any scaling with factor 1 is the identity and harmless.
     */
    private static boolean ropeScalingIsLinearOrIdentity(JsonNode scaling, boolean qwen2) {
        String type = scaling.hasNonNull("rope_type") ? scaling.get("rope_type").asText() : scaling.path("type").asText();
        double factor = scaling.path("factor").asDouble(1.0);
        boolean linearAsJlamaReadsIt = !qwen2 && scaling.path("rope_type").asText().equals("linear");
        return factor == 1.0 || type.equals("default") || linearAsJlamaReadsIt;
    }

    private static JsonNode readConfig(Path modelDir) {
        Path file = modelDir.resolve("config.json");
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
