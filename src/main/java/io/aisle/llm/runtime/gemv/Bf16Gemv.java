package io.aisle.llm.runtime.gemv;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * y = W x for BF16 W and fp32 x, accumulated in fp32: the kernel of a decoded token, which reads
 * every weight once, so its speed is the memory bandwidth spent per weight. Two rows per pass share
 * each load of x and keep four independent accumulators in flight. Uses the incubating Vector API;
 * only {@link Bf16Linear} touches this class, and only when {@link VectorSupport#available()}.
 */
final class Bf16Gemv {

    private static final VectorSpecies<Integer> PAIRS = IntVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    private static final int HIGH_HALF = 0xffff0000;

    private Bf16Gemv() {
    }

    /**
     * out[r] = row r · x for r in [from, to).
     *
     * @param even x at the even columns (the low halves of W's pairs), zero-padded to the pairs per row
     * @param odd x at the odd columns (the high halves)
     */
    static void multiply(Bf16Rows w, float[] even, float[] odd, float[] out, int from, int to) {
        int[] pairs = w.pairs();
        int width = w.pairsPerRow();
        int vectorEnd = PAIRS.loopBound(width);
        int r = from;
        for (; r + 1 < to; r += 2) {
            int first = r * width;
            int second = first + width;
            FloatVector a0 = FloatVector.zero(FLOATS);
            FloatVector a1 = FloatVector.zero(FLOATS);
            FloatVector b0 = FloatVector.zero(FLOATS);
            FloatVector b1 = FloatVector.zero(FLOATS);
            for (int k = 0; k < vectorEnd; k += PAIRS.length()) {
                FloatVector e = FloatVector.fromArray(FLOATS, even, k);
                FloatVector o = FloatVector.fromArray(FLOATS, odd, k);
                IntVector p = IntVector.fromArray(PAIRS, pairs, first + k);
                IntVector q = IntVector.fromArray(PAIRS, pairs, second + k);
                a0 = p.lanewise(VectorOperators.LSHL, 16).reinterpretAsFloats().fma(e, a0);
                a1 = p.and(HIGH_HALF).reinterpretAsFloats().fma(o, a1);
                b0 = q.lanewise(VectorOperators.LSHL, 16).reinterpretAsFloats().fma(e, b0);
                b1 = q.and(HIGH_HALF).reinterpretAsFloats().fma(o, b1);
            }
            out[r] = a0.add(a1).reduceLanes(VectorOperators.ADD) + tail(pairs, first, vectorEnd, width, even, odd);
            out[r + 1] = b0.add(b1).reduceLanes(VectorOperators.ADD) + tail(pairs, second, vectorEnd, width, even, odd);
        }
        if (r < to) {
            int first = r * width;
            FloatVector a0 = FloatVector.zero(FLOATS);
            FloatVector a1 = FloatVector.zero(FLOATS);
            for (int k = 0; k < vectorEnd; k += PAIRS.length()) {
                IntVector p = IntVector.fromArray(PAIRS, pairs, first + k);
                a0 = p.lanewise(VectorOperators.LSHL, 16).reinterpretAsFloats().fma(FloatVector.fromArray(FLOATS, even, k), a0);
                a1 = p.and(HIGH_HALF).reinterpretAsFloats().fma(FloatVector.fromArray(FLOATS, odd, k), a1);
            }
            out[r] = a0.add(a1).reduceLanes(VectorOperators.ADD) + tail(pairs, first, vectorEnd, width, even, odd);
        }
    }

    /** The pairs past the last whole vector, one at a time. */
    private static float tail(int[] pairs, int rowStart, int from, int width, float[] even, float[] odd) {
        float sum = 0;
        for (int k = from; k < width; k++) {
            int pair = pairs[rowStart + k];
            sum += Float.intBitsToFloat(pair << 16) * even[k] + Float.intBitsToFloat(pair & HIGH_HALF) * odd[k];
        }
        return sum;
    }
}
