package io.aisle.recommend.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A SASRec network over items 1..itemCount: scores every item for a history, and exposes the
 * pieces for serving from a vector index (a user vector per history, an embedding per item, score
 * = their dot product). Serialises to bytes ({@link #toBytes}). Holds native memory: close it.
 * Scoring is synchronized because the weights are shared native state.
 */
public final class SasRecModel implements SequentialRecommender, AutoCloseable {

    /** Histories per forward pass: bounds the score matrix to BATCH x (itemCount + 1) floats. */
    private static final int BATCH = 256;

    private final int itemCount;
    private final SasRecConfig config;
    private final SasRecParameters parameters;
    private final SasRecNetwork network;

    SasRecModel(int itemCount, SasRecConfig config, SasRecParameters parameters) {
        this.itemCount = itemCount;
        this.config = config;
        this.parameters = parameters;
        this.network = new SasRecNetwork(parameters, config);
    }

    public int itemCount() {
        return itemCount;
    }

    public int dimension() {
        return config.hiddenSize();
    }

    public SasRecConfig config() {
        return config;
    }

    SasRecParameters parameters() {
        return parameters;
    }

    SasRecNetwork network() {
        return network;
    }

    @Override
    public float[] scores(int[] history) {
        return scores(List.of(history))[0];
    }

    @Override
    public float[][] scores(List<int[]> histories) {
        return inBatches(histories, network::logits, itemCount + 1);
    }

    /** [itemCount + 1][dimension], row 0 = padding; a history's score of item i = dot(user vector, row i). */
    public synchronized float[][] itemEmbeddings() {
        return rows(parameters.get("item").toFloatArray(), itemCount + 1, dimension());
    }

    /** The transformer's output at each history's last item (histories keep their last maxLength items). */
    public float[][] userVectors(List<int[]> histories) {
        return inBatches(histories, hidden -> hidden, dimension());
    }

    private synchronized float[][] inBatches(List<int[]> histories, UnaryOperator<NDArray> head,
                                             int width) {
        List<float[]> out = new ArrayList<>(histories.size());
        for (int from = 0; from < histories.size(); from += BATCH) {
            List<int[]> chunk = histories.subList(from, Math.min(histories.size(), from + BATCH));
            try (NDManager scope = parameters.manager().newSubManager()) {
                SasRecBatch batch = SasRecBatch.forScoring(chunk, config.maxLength());
                float[] flat = head.apply(network.hidden(scope, batch, false)).toFloatArray();
                out.addAll(List.of(rows(flat, chunk.size(), width)));
            }
        }
        return out.toArray(float[][]::new);
    }

    private static float[][] rows(float[] flat, int count, int width) {
        float[][] rows = new float[count][width];
        for (int i = 0; i < count; i++) {
            System.arraycopy(flat, i * width, rows[i], 0, width);
        }
        return rows;
    }

    /** Item count, configuration and weights: everything {@link #fromBytes} needs. */
    public synchronized byte[] toBytes() {
        return SasRecCodec.encode(itemCount, config, parameters);
    }

    /** @throws IllegalArgumentException if the bytes are not a model written by {@link #toBytes} */
    public static SasRecModel fromBytes(byte[] bytes) {
        return SasRecCodec.decode(bytes);
    }

    @Override
    public synchronized void close() {
        parameters.close();
    }
}
