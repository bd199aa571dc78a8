package io.aisle.llm.runtime.gemv;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The two products of one attention head over cached rows (see {@link CachedAttention}): a dot product
 * of the query with each key, and the values summed by weight. Uses the incubating Vector API; only
 * {@link CachedAttention} touches this class.
 */
final class AttentionKernel {

    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();

    private AttentionKernel() {
    }

    /** scores[p] = key row (firstRow + p) · query[queryAt, queryAt + columns), for p in [0, scores.length). */
    static void scores(F32Rows keys, int firstRow, float[] query, int queryAt, float[] scores) {
        ByteBuffer bytes = keys.memory();
        int columns = keys.columns();
        int vectorEnd = FLOATS.loopBound(columns);
        for (int p = 0; p < scores.length; p++) {
            int rowStart = (firstRow + p) * columns * Float.BYTES;
            FloatVector sum = FloatVector.zero(FLOATS);
            int k = 0;
            for (; k < vectorEnd; k += FLOATS.length()) {
                sum = FloatVector.fromByteBuffer(FLOATS, bytes, rowStart + k * Float.BYTES, ORDER)
                        .fma(FloatVector.fromArray(FLOATS, query, queryAt + k), sum);
            }
            float s = sum.reduceLanes(VectorOperators.ADD);
            for (; k < columns; k++) {
                s += bytes.getFloat(rowStart + k * Float.BYTES) * query[queryAt + k];
            }
            scores[p] = s;
        }
    }

    /** out[outAt + d] = sum over p of weights[p] * value row (firstRow + p) [d]. */
    static void mix(F32Rows values, int firstRow, float[] weights, float[] out, int outAt) {
        ByteBuffer bytes = values.memory();
        int columns = values.columns();
        int vectorEnd = FLOATS.loopBound(columns);
        for (int p = 0; p < weights.length; p++) {
            int rowStart = (firstRow + p) * columns * Float.BYTES;
            FloatVector weight = FloatVector.broadcast(FLOATS, weights[p]);
            int d = 0;
            for (; d < vectorEnd; d += FLOATS.length()) {
                FloatVector.fromByteBuffer(FLOATS, bytes, rowStart + d * Float.BYTES, ORDER)
                        .fma(weight, FloatVector.fromArray(FLOATS, out, outAt + d)).intoArray(out, outAt + d);
            }
            for (; d < columns; d++) {
                out[outAt + d] += weights[p] * bytes.getFloat(rowStart + d * Float.BYTES);
            }
        }
    }
}
