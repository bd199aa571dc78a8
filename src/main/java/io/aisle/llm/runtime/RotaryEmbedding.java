package io.aisle.llm.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Rotary position embedding in transformers' "rotate_half" layout: a head vector's first and
 * second halves form the (x, y) pairs, {@code x' = x cos + rotate_half(x) sin} with
 * {@code rotate_half([a, b]) = [-b, a]}. cos and sin are tabulated once for every position, and
 * rotate_half is a product with a fixed signed permutation matrix: one operation instead of
 * slicing, negating and concatenating per layer. A token decoded in Java rotates its heads with the
 * same tables and the same float operations ({@link #rotate(float[], int, int)}).
 */
final class RotaryEmbedding {

    private final float[] cos;
    private final float[] sin;
    private final NDArray cosTable;
    private final NDArray sinTable;
    private final NDArray rotateHalf;
    private final int headDim;

    RotaryEmbedding(ModelConfig config, int positions, NDManager manager, Precision precision) {
        headDim = config.headDim();
        float[] inverse = RopeFrequencies.inverse(config);
        int half = headDim / 2;
        cos = new float[positions * headDim];
        sin = new float[positions * headDim];
        for (int p = 0; p < positions; p++) {
            for (int i = 0; i < half; i++) {
                float angle = p * inverse[i]; // float32 product, as transformers computes it
                float c = (float) Math.cos(angle);
                float s = (float) Math.sin(angle);
                cos[p * headDim + i] = c;
                cos[p * headDim + half + i] = c;
                sin[p * headDim + i] = s;
                sin[p * headDim + half + i] = s;
            }
        }
        float[] rotation = new float[headDim * headDim];
        for (int j = 0; j < half; j++) {
            rotation[(j + half) * headDim + j] = -1; // output j takes -x[j + half]
            rotation[j * headDim + j + half] = 1; // output j + half takes x[j]
        }
        cosTable = precision.toCompute(manager.create(cos, new Shape(positions, headDim)));
        sinTable = precision.toCompute(manager.create(sin, new Shape(positions, headDim)));
        rotateHalf = precision.toCompute(manager.create(rotation, new Shape(headDim, headDim)));
    }

    /** The angles of positions [start, start + count), shaped to broadcast over [count, heads, headDim]. */
    Angles at(int start, int count, NDManager step) {
        NDArray cos = cosTable.get("{}:{}", start, start + count);
        cos.attach(step);
        NDArray sin = sinTable.get("{}:{}", start, start + count);
        sin.attach(step);
        return new Angles(cos.reshape(count, 1, headDim), sin.reshape(count, 1, headDim));
    }

    /**
     * Rotates one head vector, x[offset, offset + headDim), at a position in place: the PyTorch path's
     * {@code x cos + rotate_half(x) sin} term by term (its product with the permutation is exact).
     */
    void rotate(float[] x, int offset, int position) {
        int half = headDim / 2;
        int angles = position * headDim;
        for (int i = 0; i < half; i++) {
            float first = x[offset + i];
            float second = x[offset + half + i];
            x[offset + i] = first * cos[angles + i] + -second * sin[angles + i];
            x[offset + half + i] = second * cos[angles + half + i] + first * sin[angles + half + i];
        }
    }

    final class Angles {
        private final NDArray cos;
        private final NDArray sin;

        private Angles(NDArray cos, NDArray sin) {
            this.cos = cos;
            this.sin = sin;
        }

        /** Rotates x of shape [tokens, heads, headDim]. */
        NDArray rotate(NDArray x) {
            return x.mul(cos).add(x.matMul(rotateHalf).mul(sin));
        }
    }
}
