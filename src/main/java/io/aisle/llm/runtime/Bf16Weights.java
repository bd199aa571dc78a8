package io.aisle.llm.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.aisle.llm.runtime.bf16.Bf16Linear;
import io.aisle.llm.runtime.bf16.Bf16Rows;
import io.aisle.llm.runtime.bf16.RowWorkers;
import java.util.List;

/**
 * The embedding table, projections and output head of a model whose files store them in BF16, kept at
 * 2 bytes a weight: decoding multiplies by them as they are (see {@link Bf16Linear}); prefill uses an
 * fp32 copy of the projections if the options allow its size, else widens one projection at a time
 * (see {@link Bf16Prefill}). The biases are small and widened to fp32.
 */
record Bf16Weights(Bf16Rows embed, List<Layer> layers, Bf16Linear head, Bf16Prefill prefill, RowWorkers workers)
        implements AutoCloseable {

    /** One decoder layer's fused projections, in the order and layout of {@link LayerWeights}. */
    record Layer(Bf16Linear qkv, Bf16Linear output, Bf16Linear gateUp, Bf16Linear down) {
    }

    /** The rows of the tokens' embeddings, [tokens, hidden], widened. */
    NDArray embed(int[] tokens, NDManager step) {
        int hidden = embed.columns();
        float[] rows = new float[tokens.length * hidden];
        for (int i = 0; i < tokens.length; i++) {
            embed.widenRow(tokens[i], rows, i * hidden);
        }
        return step.create(rows, new Shape(tokens.length, hidden));
    }

    /** Logits of each row of hidden, row-major; only appendAll asks for more than one row, so a product
     *  per row spares a widened copy of the head. */
    float[] logits(NDArray hidden) {
        int rows = (int) hidden.getShape().get(0);
        int vocab = head.weights().rows();
        if (rows == 1) {
            return head.apply(hidden.toFloatArray());
        }
        float[] all = new float[rows * vocab];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(head.apply(hidden.get(r).toFloatArray()), 0, all, r * vocab, vocab);
        }
        return all;
    }

    /** Bytes the projections would take in fp32. */
    long projectionFp32Bytes() {
        long sum = 0;
        for (Layer layer : layers) {
            for (Bf16Linear linear : List.of(layer.qkv(), layer.output(), layer.gateUp(), layer.down())) {
                sum += (long) linear.weights().rows() * linear.weights().columns() * Float.BYTES;
            }
        }
        return sum;
    }

    /** Bytes the weights take in memory. */
    long bytes() {
        long sum = head.weights().bytes() + (embed == head.weights() ? 0 : embed.bytes());
        for (Layer layer : layers) {
            sum += layer.qkv().weights().bytes() + layer.output().weights().bytes() + layer.gateUp().weights().bytes()
                    + layer.down().weights().bytes();
        }
        return sum;
    }

    @Override
    public void close() {
        workers.close();
    }
}
