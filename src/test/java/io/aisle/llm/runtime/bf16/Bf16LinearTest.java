package io.aisle.llm.runtime.bf16;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.llm.runtime.safetensors.HalfPrecision;
import java.nio.ShortBuffer;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The BF16 kernel against a plain scalar dot product over the same widened weights, at awkward sizes. */
class Bf16LinearTest {

    @ParameterizedTest(name = "{0} x {1}, {2} threads")
    @CsvSource({"1, 1, 1", "3, 5, 1", "7, 17, 1", "33, 37, 1", "65, 129, 1", "2, 896, 1", "101, 301, 2", "64, 1000, 3",
        "5, 33, 4"})
    void matchesAScalarDotProduct(int rows, int columns, int threads) {
        assertTrue(VectorSupport.available(), "the tests run with --add-modules jdk.incubator.vector");
        Random random = new Random(rows * 31L + columns);
        short[] bits = new short[rows * columns];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = HalfPrecision.floatToBf16((float) random.nextGaussian());
        }
        float[] x = new float[columns];
        float[] bias = new float[rows];
        for (int i = 0; i < columns; i++) {
            x[i] = (float) random.nextGaussian();
        }
        for (int i = 0; i < rows; i++) {
            bias[i] = (float) random.nextGaussian();
        }
        Bf16Rows weights = new Bf16Rows(rows, columns);
        weights.put(0, rows, ShortBuffer.wrap(bits));
        float[] actual;
        try (RowWorkers workers = new RowWorkers(threads)) {
            actual = new Bf16Linear(weights, bias, workers).apply(x);
        }
        float[] row = new float[columns];
        for (int r = 0; r < rows; r++) {
            weights.widenRow(r, row, 0);
            double expected = bias[r];
            double magnitude = Math.abs(bias[r]);
            for (int c = 0; c < columns; c++) {
                assertEquals(HalfPrecision.bf16ToFloat(bits[r * columns + c]), row[c]);
                expected += (double) row[c] * x[c];
                magnitude += Math.abs((double) row[c] * x[c]);
            }
            // fp32 accumulation in a different order: error bounded by a few ulps of the sum of magnitudes
            assertEquals(expected, actual[r], 1e-6 * magnitude + 1e-7, "row " + r);
        }
    }
}
