package io.aisle.llm.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.aisle.common.djl.PyTorchEngine;
import io.aisle.llm.tiny.TinyModelSpec;
import io.aisle.llm.tiny.TinyModelWriter;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache is one memory seen two ways: what a prefill stores through PyTorch is what a token decoded in
 * Java reads, and what Java appends is what PyTorch's next prefill attends to (a copy on either side
 * would break one direction).
 */
class KvCacheTest {

    private static final int CAPACITY = 5;

    @TempDir
    Path dir;

    @Test
    void pyTorchAndJavaReadAndWriteTheSameMemory() {
        TinyModelWriter.write(TinyModelSpec.tinyLlama(), dir);
        ModelConfig config = ModelConfig.read(dir);
        int kvHeads = config.numKeyValueHeads();
        int headDim = config.headDim();
        try (NDManager manager = PyTorchEngine.get().newBaseManager()) {
            KvCache cache = new KvCache(config, CAPACITY, manager, Precision.of(RuntimeOptions.cpu(8)));
            float[] stored = sequence(2 * kvHeads * headDim, 1);
            NDArray keys = manager.create(stored, new Shape(2, kvHeads, headDim));
            cache.store(keys, keys.neg(), 1);
            // PyTorch's [tokens, kvHeads, headDim] lands at row head * capacity + position
            FloatBuffer hostKeys = cache.hostKeys().buffer().asFloatBuffer();
            FloatBuffer hostValues = cache.hostValues().buffer().asFloatBuffer();
            int token1Head1 = (kvHeads + 1) * headDim;
            assertEquals(stored[token1Head1 + 3], hostKeys.get((CAPACITY + 2) * headDim + 3));
            assertEquals(-stored[token1Head1 + 3], hostValues.get((CAPACITY + 2) * headDim + 3));

            float[] qkv = sequence(3 * kvHeads * headDim, 100);
            cache.store(qkv, kvHeads * headDim, 2 * kvHeads * headDim, 3);
            float[] pyTorchKeys = cache.keys(4, manager).get(":, 3, :").toFloatArray();
            float[] pyTorchValues = cache.values(4, manager).get(":, 3, :").toFloatArray();
            for (int i = 0; i < kvHeads * headDim; i++) {
                assertEquals(qkv[kvHeads * headDim + i], pyTorchKeys[i]);
                assertEquals(qkv[2 * kvHeads * headDim + i], pyTorchValues[i]);
            }
            assertArrayEquals(new float[headDim], cache.keys(1, manager).get("0, 0, :").toFloatArray(), "position 0 untouched");
        }
    }

    private static float[] sequence(int length, float first) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = first + i;
        }
        return values;
    }
}
