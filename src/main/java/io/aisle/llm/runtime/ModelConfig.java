package io.aisle.llm.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The parts of a Hugging Face config.json that define a decoder-only Llama or Qwen2 model. Absent
 * optional keys take the defaults of transformers' LlamaConfig / Qwen2Config.
 *
 * @param bosTokenId null when the config names none
 * @param eosTokenIds empty when the config names none; Llama 3 lists several
 */
public record ModelConfig(String architecture, String modelType, int vocabSize, int hiddenSize, int intermediateSize,
        int numHiddenLayers, int numAttentionHeads, int numKeyValueHeads, int headDim, double rmsNormEps,
        double ropeTheta, RopeScaling ropeScaling, int maxPositionEmbeddings, boolean tieWordEmbeddings,
        boolean attentionBias, boolean mlpBias, Integer bosTokenId, List<Integer> eosTokenIds, String torchDtype) {

    public static final String LLAMA = "LlamaForCausalLM";
    public static final String QWEN2 = "Qwen2ForCausalLM";
    private static final Set<String> SUPPORTED = Set.of(LLAMA, QWEN2);

    public ModelConfig {
        if (numAttentionHeads % numKeyValueHeads != 0) {
            throw new UnsupportedModelException(numAttentionHeads + " attention heads cannot share "
                    + numKeyValueHeads + " key/value heads evenly");
        }
        eosTokenIds = List.copyOf(eosTokenIds);
    }

    public static ModelConfig read(Path modelDir) {
        Path file = modelDir.resolve("config.json");
        try {
            return parse(new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    public static ModelConfig parse(JsonNode json) {
        String architecture = architecture(json);
        String activation = JsonFields.present(json, "hidden_act") ? json.get("hidden_act").asText() : "silu";
        if (!activation.equals("silu")) {
            throw new UnsupportedModelException("hidden_act " + activation + " is not supported (silu)");
        }
        if (Boolean.TRUE.equals(JsonFields.optionalBoolean(json, "use_sliding_window"))) {
            throw new UnsupportedModelException("Sliding-window attention (use_sliding_window) is not supported");
        }
        int hidden = JsonFields.requiredInt(json, "hidden_size");
        int heads = JsonFields.requiredInt(json, "num_attention_heads");
        Integer kvHeads = JsonFields.optionalInt(json, "num_key_value_heads");
        Integer headDim = JsonFields.optionalInt(json, "head_dim");
        Double eps = JsonFields.optionalDouble(json, "rms_norm_eps");
        Double theta = JsonFields.optionalDouble(json, "rope_theta");
        Integer maxPositions = JsonFields.optionalInt(json, "max_position_embeddings");
        List<Integer> bos = JsonFields.intOrList(json, "bos_token_id");
        return new ModelConfig(architecture,
                JsonFields.present(json, "model_type") ? json.get("model_type").asText() : "",
                JsonFields.requiredInt(json, "vocab_size"), hidden, JsonFields.requiredInt(json, "intermediate_size"),
                JsonFields.requiredInt(json, "num_hidden_layers"), heads, kvHeads == null ? heads : kvHeads,
                headDim == null ? hidden / heads : headDim, eps == null ? 1e-6 : eps, theta == null ? 10000.0 : theta,
                RopeScaling.parse(json.get("rope_scaling")), maxPositions == null ? 2048 : maxPositions,
                Boolean.TRUE.equals(JsonFields.optionalBoolean(json, "tie_word_embeddings")),
                Boolean.TRUE.equals(JsonFields.optionalBoolean(json, "attention_bias")),
                Boolean.TRUE.equals(JsonFields.optionalBoolean(json, "mlp_bias")),
                bos.isEmpty() ? null : bos.get(0), JsonFields.intOrList(json, "eos_token_id"),
                JsonFields.present(json, "torch_dtype") ? json.get("torch_dtype").asText() : "float32");
    }

    private static String architecture(JsonNode json) {
        JsonNode architectures = json.get("architectures");
        if (architectures == null || !architectures.isArray() || architectures.size() == 0) {
            throw new UnsupportedModelException("config.json names no architectures; supported: " + SUPPORTED);
        }
        String architecture = architectures.get(0).asText();
        if (!SUPPORTED.contains(architecture)) {
            throw new UnsupportedModelException("Architecture " + architecture + " is not supported; supported: "
                    + LLAMA + ", " + QWEN2);
        }
        return architecture;
    }

    public boolean isQwen2() {
        return architecture.equals(QWEN2);
    }

    /** Qwen2 always biases q, k and v; Llama does when attention_bias is set. */
    public boolean qkvBias() {
        return isQwen2() || attentionBias;
    }

    /** Qwen2's o_proj has no bias; Llama's follows attention_bias. */
    public boolean outputProjectionBias() {
        return !isQwen2() && attentionBias;
    }

    /** Qwen2's MLP has no biases; Llama's follow mlp_bias. */
    public boolean mlpProjectionBias() {
        return !isQwen2() && mlpBias;
    }

    public int queryWidth() {
        return numAttentionHeads * headDim;
    }

    public int keyValueWidth() {
        return numKeyValueHeads * headDim;
    }
}
