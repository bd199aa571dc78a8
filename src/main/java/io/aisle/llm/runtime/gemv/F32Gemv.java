package io.aisle.llm.runtime.gemv;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * y = W x for fp32 W (off-heap, see {@link F32Rows}) and fp32 x: the kernel of a decoded token,
 * bound by memory bandwidth. Four rows per pass share each load of x. Java 17's Vector API reads
 * off-heap memory through {@code fromByteBuffer} (its {@code fromMemorySegment} came in Java 19).
 * Uses the incubating Vector API; only {@link F32Linear} touches this class.
 */
final class F32Gemv {

    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();

    private F32Gemv() {
    }

    /** out[r] = row r · x for r in [from, to). */
    static void multiply(F32Rows w, float[] x, float[] out, int from, int to) {
        ByteBuffer bytes = w.memory();
        int columns = w.columns();
        int rowBytes = columns * Float.BYTES;
        int vectorEnd = FLOATS.loopBound(columns);
        int step = FLOATS.length();
        int r = from;
        for (; r + 3 < to; r += 4) {
            int first = r * rowBytes;
            FloatVector a = FloatVector.zero(FLOATS);
            FloatVector b = FloatVector.zero(FLOATS);
            FloatVector c = FloatVector.zero(FLOATS);
            FloatVector d = FloatVector.zero(FLOATS);
            for (int k = 0; k < vectorEnd; k += step) {
                FloatVector xs = FloatVector.fromArray(FLOATS, x, k);
                int at = first + k * Float.BYTES;
                a = FloatVector.fromByteBuffer(FLOATS, bytes, at, ORDER).fma(xs, a);
                b = FloatVector.fromByteBuffer(FLOATS, bytes, at + rowBytes, ORDER).fma(xs, b);
                c = FloatVector.fromByteBuffer(FLOATS, bytes, at + 2 * rowBytes, ORDER).fma(xs, c);
                d = FloatVector.fromByteBuffer(FLOATS, bytes, at + 3 * rowBytes, ORDER).fma(xs, d);
            }
            out[r] = a.reduceLanes(VectorOperators.ADD) + tail(bytes, first, vectorEnd, x);
            out[r + 1] = b.reduceLanes(VectorOperators.ADD) + tail(bytes, first + rowBytes, vectorEnd, x);
            out[r + 2] = c.reduceLanes(VectorOperators.ADD) + tail(bytes, first + 2 * rowBytes, vectorEnd, x);
            out[r + 3] = d.reduceLanes(VectorOperators.ADD) + tail(bytes, first + 3 * rowBytes, vectorEnd, x);
        }
        // the last rows of a range (chunks need not be multiples of four), one at a time
        for (; r < to; r++) {
            int first = r * rowBytes;
            FloatVector a = FloatVector.zero(FLOATS);
            for (int k = 0; k < vectorEnd; k += step) {
                a = FloatVector.fromByteBuffer(FLOATS, bytes, first + k * Float.BYTES, ORDER).fma(FloatVector.fromArray(FLOATS, x, k), a);
            }
            out[r] = a.reduceLanes(VectorOperators.ADD) + tail(bytes, first, vectorEnd, x);
        }
    }

    /** The columns past the last whole vector, one at a time. */
    private static float tail(ByteBuffer bytes, int rowStart, int from, float[] x) {
        float sum = 0;
        for (int k = from; k < x.length; k++) {
            sum += bytes.getFloat(rowStart + k * Float.BYTES) * x[k];
        }
        return sum;
    }
}
