package io.aisle.llm.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/** The additive attention mask of a prefill: new token i (position start + i) sees every cached position and the new ones up to itself. */
final class CausalMask {

    private static final float MASKED = Float.NEGATIVE_INFINITY;

    private CausalMask() {
    }

    /** [count, start + count]: 0 where a token may look, -infinity where it may not. */
    static NDArray of(int start, int count, NDManager step, Precision precision) {
        int length = start + count;
        float[] mask = new float[count * length];
        for (int i = 0; i < count; i++) {
            for (int j = start + i + 1; j < length; j++) {
                mask[i * length + j] = MASKED;
            }
        }
        return precision.toCompute(step.create(mask, new Shape(count, length)));
    }
}
