package io.aisle.llm.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.aisle.llm.runtime.gemv.Bf16Rows;

/**
 * The weights of a model whose files store the embedding table, projections and output head in BF16,
 * kept at 2 bytes a weight: decoding multiplies by them as they are ({@code decode}, of {@link
 * io.aisle.llm.runtime.gemv.Bf16Linear}s); prefill uses an fp32 copy of the projections if the options
 * allow its size, else widens one projection at a time ({@code prefill}). The biases are small and
 * widened to fp32.
 *
 * @param prefill widens a projection for PyTorch when there is no fp32 copy
 */
record Bf16Weights(Bf16Rows embed, DecodeWeights decode, Bf16Prefill prefill) {

    /** The rows of the tokens' embeddings, [tokens, hidden], widened. */
    NDArray embed(int[] tokens, NDManager step) {
        int hidden = embed.columns();
        float[] rows = new float[tokens.length * hidden];
        for (int i = 0; i < tokens.length; i++) {
            embed.widenRow(tokens[i], rows, i * hidden);
        }
        return step.create(rows, new Shape(tokens.length, hidden));
    }

    /** Bytes the projections would take in fp32. */
    long projectionFp32Bytes() {
        return decode.projectionWeights() * Float.BYTES;
    }
}
