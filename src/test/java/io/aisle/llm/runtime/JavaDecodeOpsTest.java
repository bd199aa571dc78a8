package io.aisle.llm.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.aisle.common.djl.PyTorchEngine;
import io.aisle.llm.tiny.TinyModelSpec;
import io.aisle.llm.tiny.TinyModelWriter;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A token decoded in Java normalises and rotates as the PyTorch path does (the prefill's, and the reference's yardstick). */
class JavaDecodeOpsTest {

    @TempDir
    Path dir;

    @Test
    void rotationAtAnyPositionEqualsPyTorchsWithLlama3Scaling() {
        TinyModelWriter.write(TinyModelSpec.tinyLlama(), dir);
        ModelConfig config = ModelConfig.read(dir);
        int heads = config.numAttentionHeads();
        int headDim = config.headDim();
        try (NDManager manager = PyTorchEngine.get().newBaseManager()) {
            RotaryEmbedding rotary = new RotaryEmbedding(config, 100, manager, Precision.of(RuntimeOptions.cpu(100)));
            for (int position : new int[] {0, 1, 17, 99}) {
                float[] x = gaussians(new Random(position), heads * headDim);
                float[] expected = rotary.at(position, 1, manager).rotate(manager.create(x, new Shape(1, heads, headDim)))
                        .toFloatArray();
                for (int h = 0; h < heads; h++) {
                    rotary.rotate(x, h * headDim, position);
                }
                assertArrayEquals(expected, x, "position " + position);
            }
        }
    }

    @Test
    void rmsNormMatchesPyTorchs() {
        Random random = new Random(5);
        float[] x = gaussians(random, 896);
        float[] weight = gaussians(random, 896);
        try (NDManager manager = PyTorchEngine.get().newBaseManager()) {
            NDArray expected = DecoderLayer.rmsNorm(manager.create(x, new Shape(1, x.length)), manager.create(weight),
                    Precision.of(RuntimeOptions.cpu(1)), 1e-6f);
            assertArrayEquals(expected.toFloatArray(), JavaDecodeLayer.rmsNorm(x, weight, 1e-6f), 1e-6f);
        }
    }

    private static float[] gaussians(Random random, int length) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }
}
