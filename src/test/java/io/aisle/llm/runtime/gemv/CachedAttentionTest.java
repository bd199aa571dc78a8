package io.aisle.llm.runtime.gemv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Attention over cached rows against softmax attention written out in doubles, with grouped heads. */
class CachedAttentionTest {

    private static final int CAPACITY = 40;

    @ParameterizedTest(name = "{0} heads over {1} kv heads of {2}, {3} positions, {4} threads")
    @CsvSource({"4, 2, 16, 1, 1", "4, 2, 16, 9, 1", "14, 2, 64, 33, 2", "8, 8, 20, 40, 2", "12, 4, 7, 17, 3"})
    void matchesSoftmaxAttentionOfEachQueryHeadOverItsKvHead(int heads, int kvHeads, int headDim, int length, int threads) {
        Random random = new Random(heads * 131L + length);
        F32Rows keys = randomRows(random, kvHeads * CAPACITY, headDim);
        F32Rows values = randomRows(random, kvHeads * CAPACITY, headDim);
        float[] queries = new float[heads * headDim];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = (float) random.nextGaussian();
        }
        float[] actual;
        try (RowWorkers workers = new RowWorkers(threads)) {
            actual = new CachedAttention(heads, kvHeads, headDim, workers).attend(queries, keys, values, CAPACITY, length);
        }
        float[] k = floats(keys);
        float[] v = floats(values);
        for (int h = 0; h < heads; h++) {
            int firstRow = h / (heads / kvHeads) * CAPACITY;
            double[] weights = new double[length];
            double sum = 0;
            for (int p = 0; p < length; p++) {
                double score = 0;
                for (int d = 0; d < headDim; d++) {
                    score += (double) queries[h * headDim + d] * k[(firstRow + p) * headDim + d];
                }
                weights[p] = Math.exp(score);
                sum += weights[p];
            }
            for (int d = 0; d < headDim; d++) {
                double expected = 0;
                for (int p = 0; p < length; p++) {
                    expected += weights[p] / sum * v[(firstRow + p) * headDim + d];
                }
                assertEquals(expected, actual[h * headDim + d], 1e-5, "head " + h + ", dimension " + d);
            }
        }
    }

    @ParameterizedTest(name = "{0} heads")
    @CsvSource({"2", "16"})
    void aSinglePositionGivesItsValueToEveryHead(int heads) {
        Random random = new Random(heads);
        F32Rows keys = randomRows(random, CAPACITY, 8);
        F32Rows values = randomRows(random, CAPACITY, 8);
        float[] out;
        try (RowWorkers workers = new RowWorkers(2)) {
            out = new CachedAttention(heads, 1, 8, workers).attend(new float[heads * 8], keys, values, CAPACITY, 1);
        }
        float[] firstValue = new float[8];
        System.arraycopy(floats(values), 0, firstValue, 0, 8);
        for (int h = 0; h < heads; h++) {
            float[] head = new float[8];
            System.arraycopy(out, h * 8, head, 0, 8);
            assertArrayEquals(firstValue, head);
        }
    }

    private static F32Rows randomRows(Random random, int rows, int columns) {
        F32Rows matrix = F32Rows.allocate(rows, columns);
        float[] values = new float[rows * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        matrix.put(0, values);
        return matrix;
    }

    private static float[] floats(F32Rows matrix) {
        float[] values = new float[matrix.rows() * matrix.columns()];
        matrix.buffer().asFloatBuffer().get(values);
        return values;
    }
}
