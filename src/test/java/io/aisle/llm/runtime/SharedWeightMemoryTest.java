package io.aisle.llm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.aisle.common.djl.PyTorchEngine;
import io.aisle.llm.runtime.gemv.F32Rows;
import io.aisle.llm.runtime.safetensors.SafetensorsWeights;
import io.aisle.llm.tiny.TinyModelSpec;
import io.aisle.llm.tiny.TinyModelWriter;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory claim of the fp32 decoding path: each matrix is held once, PyTorch's array and the Java
 * kernel's {@link F32Rows} being views of the same bytes. A value written through the kernel's view must
 * show in PyTorch's array (a copy would keep the old value).
 */
class SharedWeightMemoryTest {

    @TempDir
    Path dir;

    @Test
    void pyTorchArraysReadTheMemoryTheJavaKernelReads() {
        TinyModelWriter.write(TinyModelSpec.tinyLlama(), dir);
        ModelConfig config = ModelConfig.read(dir);
        try (SafetensorsWeights source = SafetensorsWeights.open(dir);
                NDManager manager = PyTorchEngine.get().newBaseManager()) {
            WeightLoader loader = new WeightLoader(source, config, manager, Precision.of(RuntimeOptions.cpu(8)), false, true);
            ModelWeights weights = loader.load();
            List<NDArray> matrices = new ArrayList<>(List.of(weights.embedTokens(), weights.lmHead()));
            for (LayerWeights layer : weights.layers()) {
                matrices.addAll(List.of(layer.qkv(), layer.output(), layer.gateUp(), layer.down()));
            }
            for (NDArray matrix : matrices) {
                F32Rows rows = loader.sharedRows(matrix);
                FloatBuffer floats = rows.buffer().asFloatBuffer();
                int last = rows.rows() * rows.columns() - 1;
                assertEquals(floats.get(last), matrix.toFloatArray()[last], "the same values before the write");
                floats.put(last, 12345.5f);
                assertEquals(12345.5f, matrix.toFloatArray()[last], "PyTorch reads the kernel's memory");
            }
        }
    }
}
