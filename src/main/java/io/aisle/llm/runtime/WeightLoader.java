package io.aisle.llm.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.aisle.llm.runtime.safetensors.SafetensorsWeights;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Hugging Face weight names into {@link ModelWeights}, one tensor at a time so that at most
 * one fused projection is held as Java floats while loading.
 */
final class WeightLoader {

    private final SafetensorsWeights source;
    private final ModelConfig config;
    private final NDManager manager;
    private final Precision precision;
    private final boolean tablesInBf16;
    private final boolean fp32Projections;

    /**
     * @param tablesInBf16 the embedding table and output head are held as BF16 by {@link Bf16Weights}
     *                     (they are then null here)
     * @param fp32Projections whether to read the projection matrices (else null: held as BF16)
     */
    WeightLoader(SafetensorsWeights source, ModelConfig config, NDManager manager, Precision precision,
            boolean tablesInBf16, boolean fp32Projections) {
        this.source = source;
        this.config = config;
        this.manager = manager;
        this.precision = precision;
        this.tablesInBf16 = tablesInBf16;
        this.fp32Projections = fp32Projections;
    }

    ModelWeights load() {
        int hidden = config.hiddenSize();
        NDArray embed = tablesInBf16 ? null : tensor("model.embed_tokens.weight", config.vocabSize(), hidden);
        List<LayerWeights> layers = new ArrayList<>();
        for (int i = 0; i < config.numHiddenLayers(); i++) {
            layers.add(layer("model.layers." + i + "."));
        }
        NDArray norm = tensor("model.norm.weight", hidden);
        NDArray head = config.tieWordEmbeddings() ? embed : tablesInBf16 ? null : tensor("lm_head.weight", config.vocabSize(), hidden);
        return new ModelWeights(embed, List.copyOf(layers), norm, head);
    }

    private LayerWeights layer(String prefix) {
        int hidden = config.hiddenSize();
        int q = config.queryWidth();
        int kv = config.keyValueWidth();
        int inner = config.intermediateSize();
        String attention = prefix + "self_attn.";
        String mlp = prefix + "mlp.";
        NDArray qkv = !fp32Projections ? null : fused(hidden, new String[] {attention + "q_proj.weight", attention + "k_proj.weight",
            attention + "v_proj.weight"}, q, kv, kv);
        NDArray qkvBias = config.qkvBias() ? fused(0, new String[] {attention + "q_proj.bias", attention + "k_proj.bias",
            attention + "v_proj.bias"}, q, kv, kv) : null;
        NDArray output = projection(attention + "o_proj.weight", hidden, q);
        NDArray outputBias = config.outputProjectionBias() ? tensor(attention + "o_proj.bias", hidden) : null;
        boolean mlpBias = config.mlpProjectionBias();
        NDArray gateUp = !fp32Projections ? null : fused(hidden, new String[] {mlp + "gate_proj.weight", mlp + "up_proj.weight"}, inner, inner);
        NDArray gateUpBias = mlpBias ? fused(0, new String[] {mlp + "gate_proj.bias", mlp + "up_proj.bias"}, inner, inner) : null;
        NDArray down = projection(mlp + "down_proj.weight", hidden, inner);
        NDArray downBias = mlpBias ? tensor(mlp + "down_proj.bias", hidden) : null;
        return new LayerWeights(tensor(prefix + "input_layernorm.weight", hidden), qkv, qkvBias, output, outputBias,
                tensor(prefix + "post_attention_layernorm.weight", hidden), gateUp, gateUpBias, down, downBias);
    }

    /**
     * Stacks projections along their output dimension.
     *
     * @param columns the input width of the weight matrices, 0 for bias vectors
     */
    private NDArray fused(int columns, String[] names, int... rows) {
        int width = Math.max(columns, 1);
        int totalRows = 0;
        for (int r : rows) {
            totalRows += r;
        }
        float[] stacked = new float[Math.multiplyExact(totalRows, width)];
        int offset = 0;
        for (int i = 0; i < names.length; i++) {
            float[] part = columns == 0 ? source.read(names[i], rows[i]) : source.read(names[i], rows[i], columns);
            System.arraycopy(part, 0, stacked, offset, part.length);
            offset += part.length;
        }
        Shape shape = columns == 0 ? new Shape(totalRows) : new Shape(totalRows, columns);
        return onDevice(manager.create(stacked, shape));
    }

    private NDArray projection(String name, long... shape) {
        return fp32Projections ? tensor(name, shape) : null;
    }

    private NDArray tensor(String name, long... shape) {
        return onDevice(manager.create(source.read(name, shape), new Shape(shape)));
    }

    private NDArray onDevice(NDArray array) {
        NDArray converted = precision.toCompute(array);
        if (converted != array) {
            array.close();
        }
        return converted;
    }
}
