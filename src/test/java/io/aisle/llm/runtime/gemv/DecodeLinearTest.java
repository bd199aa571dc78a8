package io.aisle.llm.runtime.gemv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.llm.runtime.safetensors.HalfPrecision;
import java.nio.ShortBuffer;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Both decoding kernels against a plain scalar dot product over the same weights, at sizes that are not
 * multiples of the vector length or of the rows per pass, split over 1–4 threads.
 */
class DecodeLinearTest {

    @ParameterizedTest(name = "{0}: {1} x {2}, {3} threads")
    @CsvSource({"BF16, 1, 1, 1", "BF16, 3, 5, 1", "BF16, 7, 17, 1", "BF16, 33, 37, 1", "BF16, 65, 129, 1", "BF16, 2, 896, 1",
        "BF16, 101, 301, 2", "BF16, 64, 1000, 3", "BF16, 5, 33, 4",
        "F32, 1, 1, 1", "F32, 3, 5, 1", "F32, 7, 17, 1", "F32, 33, 37, 1", "F32, 65, 129, 1", "F32, 6, 896, 1",
        "F32, 101, 301, 2", "F32, 63, 1000, 3", "F32, 5, 33, 4", "F32, 203, 47, 2"})
    void matchesAScalarDotProduct(String format, int rows, int columns, int threads) {
        assertTrue(VectorSupport.available(), "the tests run with --add-modules jdk.incubator.vector");
        Random random = new Random(rows * 31L + columns);
        float[] w = new float[rows * columns];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) random.nextGaussian();
        }
        float[] x = gaussians(random, columns);
        float[] bias = gaussians(random, rows);
        float[] actual;
        try (RowWorkers workers = new RowWorkers(threads)) {
            DecodeLinear<?> linear = format.equals("BF16") ? bf16(w, rows, columns, bias, workers) : f32(w, rows, columns, bias, workers);
            actual = linear.apply(x);
        }
        for (int r = 0; r < rows; r++) {
            double expected = bias[r];
            double magnitude = Math.abs(bias[r]);
            for (int c = 0; c < columns; c++) {
                expected += (double) w[r * columns + c] * x[c];
                magnitude += Math.abs((double) w[r * columns + c] * x[c]);
            }
            // fp32 accumulation in a different order: error bounded by a few ulps of the sum of magnitudes
            assertEquals(expected, actual[r], 1e-6 * magnitude + 1e-7, "row " + r);
        }
    }

    /** Rounds w to BF16 in place (the reference multiplies by what the kernel holds) and checks the widening. */
    private static DecodeLinear<?> bf16(float[] w, int rows, int columns, float[] bias, RowWorkers workers) {
        short[] bits = new short[w.length];
        for (int i = 0; i < w.length; i++) {
            bits[i] = HalfPrecision.floatToBf16(w[i]);
            w[i] = HalfPrecision.bf16ToFloat(bits[i]);
        }
        Bf16Rows weights = new Bf16Rows(rows, columns);
        weights.put(0, rows, ShortBuffer.wrap(bits));
        float[] row = new float[columns];
        for (int r = 0; r < rows; r++) {
            weights.widenRow(r, row, 0);
            for (int c = 0; c < columns; c++) {
                assertEquals(w[r * columns + c], row[c]);
            }
        }
        return new Bf16Linear(weights, bias, workers);
    }

    private static DecodeLinear<?> f32(float[] w, int rows, int columns, float[] bias, RowWorkers workers) {
        F32Rows weights = F32Rows.allocate(rows, columns);
        weights.put(0, w);
        return new F32Linear(weights, bias, workers);
    }

    private static float[] gaussians(Random random, int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }
}
