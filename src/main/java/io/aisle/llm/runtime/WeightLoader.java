package io.aisle.llm.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.aisle.llm.runtime.gemv.F32Rows;
import io.aisle.llm.runtime.safetensors.SafetensorsWeights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Hugging Face weight names into {@link ModelWeights}, one tensor at a time so that at most
 * one tensor is held as Java floats while loading. Each matrix is stacked into an off-heap {@link
 * F32Rows} that its PyTorch array wraps without a copy (DJL would allocate such a buffer itself), so
 * on the CPU the Java decoding kernel can read the same memory ({@link #sharedRows}).
 */
final class WeightLoader {

    private final SafetensorsWeights source;
    private final ModelConfig config;
    private final NDManager manager;
    private final Precision precision;
    private final boolean tablesInBf16;
    private final boolean fp32Projections;
    private final Map<NDArray, F32Rows> rowsOfArray = new IdentityHashMap<>();

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
        NDArray embed = tablesInBf16 ? null : table("model.embed_tokens.weight");
        List<LayerWeights> layers = new ArrayList<>();
        for (int i = 0; i < config.numHiddenLayers(); i++) {
            layers.add(layer("model.layers." + i + "."));
        }
        NDArray norm = tensor("model.norm.weight", hidden);
        NDArray head = config.tieWordEmbeddings() ? embed : tablesInBf16 ? null : table("lm_head.weight");
        return new ModelWeights(embed, List.copyOf(layers), norm, head);
    }

    private LayerWeights layer(String prefix) {
        int hidden = config.hiddenSize();
        int q = config.queryWidth();
        int kv = config.keyValueWidth();
        int inner = config.intermediateSize();
        String attention = prefix + "self_attn.";
        String mlp = prefix + "mlp.";
        NDArray qkv = !fp32Projections ? null : matrix(hidden, new String[] {attention + "q_proj.weight", attention + "k_proj.weight",
            attention + "v_proj.weight"}, q, kv, kv);
        NDArray qkvBias = config.qkvBias() ? biases(new String[] {attention + "q_proj.bias", attention + "k_proj.bias",
            attention + "v_proj.bias"}, q, kv, kv) : null;
        NDArray output = projection(attention + "o_proj.weight", hidden, q);
        NDArray outputBias = config.outputProjectionBias() ? tensor(attention + "o_proj.bias", hidden) : null;
        boolean mlpBias = config.mlpProjectionBias();
        NDArray gateUp = !fp32Projections ? null : matrix(hidden, new String[] {mlp + "gate_proj.weight", mlp + "up_proj.weight"}, inner, inner);
        NDArray gateUpBias = mlpBias ? biases(new String[] {mlp + "gate_proj.bias", mlp + "up_proj.bias"}, inner, inner) : null;
        NDArray down = projection(mlp + "down_proj.weight", hidden, inner);
        NDArray downBias = mlpBias ? tensor(mlp + "down_proj.bias", hidden) : null;
        return new LayerWeights(tensor(prefix + "input_layernorm.weight", hidden), qkv, qkvBias, output, outputBias,
                tensor(prefix + "post_attention_layernorm.weight", hidden), gateUp, gateUpBias, down, downBias);
    }

    /** The matrices named, stacked along their output dimension (rows) into one off-heap matrix. */
    private NDArray matrix(int columns, String[] names, int... rows) {
        int total = Arrays.stream(rows).sum();
        F32Rows stacked = F32Rows.allocate(total, columns);
        int at = 0;
        for (int i = 0; i < names.length; i++) {
            stacked.put(at, source.read(names[i], rows[i], columns));
            at += rows[i];
        }
        NDArray array = manager.create(stacked.buffer(), new Shape(total, columns), DataType.FLOAT32);
        NDArray onDevice = onDevice(array);
        if (onDevice == array) {
            rowsOfArray.put(array, stacked);
        }
        return onDevice;
    }

    /** The bias vectors named, concatenated. */
    private NDArray biases(String[] names, int... rows) {
        int total = Arrays.stream(rows).sum();
        float[] stacked = new float[total];
        int at = 0;
        for (int i = 0; i < names.length; i++) {
            System.arraycopy(source.read(names[i], rows[i]), 0, stacked, at, rows[i]);
            at += rows[i];
        }
        return onDevice(manager.create(stacked, new Shape(total)));
    }

    private NDArray projection(String name, int rows, int columns) {
        return fp32Projections ? matrix(columns, new String[] {name}, rows) : null;
    }

    private NDArray table(String name) {
        return matrix(config.hiddenSize(), new String[] {name}, config.vocabSize());
    }

    private NDArray tensor(String name, long... shape) {
        return onDevice(manager.create(source.read(name, shape), new Shape(shape)));
    }

    /**
     * The off-heap fp32 memory a matrix array of this loader reads (the same bytes, not a copy).
     *
     * @throws IllegalArgumentException for an array that is not such a matrix (on a GPU, none is)
     */
    F32Rows sharedRows(NDArray matrix) {
        F32Rows rows = rowsOfArray.get(matrix);
        if (rows == null) {
            throw new IllegalArgumentException("Not an fp32 matrix held in host memory: " + matrix.getShape());
        }
        return rows;
    }

    private NDArray onDevice(NDArray array) {
        NDArray converted = precision.toCompute(array);
        if (converted != array) {
            array.close();
        }
        return converted;
    }
}
