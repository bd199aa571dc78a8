package io.aisle.llm.runtime;

import ai.djl.ndarray.NDArray;
import io.aisle.llm.runtime.gemv.DecodeLinear;
import io.aisle.llm.runtime.gemv.RowWorkers;
import java.util.List;

/**
 * What a decoded token (one row) multiplies by in Java instead of PyTorch: every layer's fused
 * projections and the output head, in whatever storage the files allow (see {@link JavaDecoding}),
 * and the threads that split their rows. Such a model runs a decoded token's whole step in Java
 * ({@link JavaDecodeStep}).
 */
record DecodeWeights(List<Layer> layers, DecodeLinear<?> head, RowWorkers workers) implements AutoCloseable {

    /** One decoder layer's fused projections, in the order and layout of {@link LayerWeights}. */
    record Layer(DecodeLinear<?> qkv, DecodeLinear<?> output, DecodeLinear<?> gateUp, DecodeLinear<?> down) {

        List<DecodeLinear<?>> projections() {
            return List.of(qkv, output, gateUp, down);
        }
    }

    /** Logits of each row of hidden, row-major, a product per row. */
    float[] logits(NDArray hidden) {
        int rows = (int) hidden.getShape().get(0);
        int vocab = head.rows();
        if (rows == 1) {
            return head.apply(hidden.toFloatArray());
        }
        float[] all = new float[rows * vocab];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(head.apply(hidden.get(r).toFloatArray()), 0, all, r * vocab, vocab);
        }
        return all;
    }

    /** How many weights the layers' projections hold (the head and embeddings not counted). */
    long projectionWeights() {
        long sum = 0;
        for (Layer layer : layers) {
            for (DecodeLinear<?> linear : layer.projections()) {
                sum += (long) linear.rows() * linear.columns();
            }
        }
        return sum;
    }

    @Override
    public void close() {
        workers.close();
    }
}
