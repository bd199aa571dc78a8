package io.aisle.llm.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.llm.runtime.safetensors.SafetensorsWeights;
import io.aisle.llm.runtime.safetensors.TensorDType;
import io.aisle.llm.tiny.TinyModelSpec;
import io.aisle.llm.tiny.TinyModelWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class WeightFormatsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = TensorDType.class, names = {"BF16", "F16"})
    void halfPrecisionFilesLoadToTheFloat32WeightsRounded(TensorDType dtype) {
        TinyModelSpec spec = TinyModelSpec.tinyLlama();
        TinyModelWriter.write(spec, dir.resolve("f32"));
        TinyModelWriter.write(spec.withDtype(dtype), dir.resolve("half"));
        try (SafetensorsWeights full = SafetensorsWeights.open(dir.resolve("f32"));
                SafetensorsWeights half = SafetensorsWeights.open(dir.resolve("half"))) {
            assertEquals(full.names(), half.names());
            for (String name : full.names()) {
                assertEquals(dtype, half.entry(name).dtype());
                float[] expected = full.read(name);
                for (int i = 0; i < expected.length; i++) {
                    expected[i] = dtype.round(expected[i]);
                }
                assertArrayEquals(expected, half.read(name), name);
            }
        }
    }

    /** 0: no fp32 copy of the projections, prefill widens them one at a time; else the fp32 copy. */
    @ParameterizedTest(name = "fp32 prefill copy up to {0} bytes")
    @ValueSource(longs = {0, RuntimeOptions.DEFAULT_FP32_PREFILL_COPY_MAX_BYTES})
    void bf16ModelRunsAndAgreesWithTheReference(long fp32CopyMaxBytes) {
        TinyModelWriter.write(TinyModelSpec.tinyQwen2().withDtype(TensorDType.BF16), dir);
        int[] prompt = RuntimeAgreementTest.randomTokens(12, 512, 5);
        try (DjlCausalLm model = DjlCausalLm.load(dir, new RuntimeOptions("cpu", 32, 1, fp32CopyMaxBytes));
                DjlSequence sequence = model.newSequence(32)) {
            RuntimeAgreementTest.assertClose(new ReferenceTransformer(dir).logits(prompt), sequence.appendAll(prompt), "bf16");
        }
    }

    /**
     * Each file type decodes where {@link JavaDecoding}'s rule says (BF16 always in Java; F32 and F16 in Java
     * from two threads, else PyTorch) and every step agrees with the reference; the prefill runs on PyTorch,
     * and so does a later chunk of tokens, which attends to the keys and values the decode steps cached.
     */
    @ParameterizedTest(name = "{0} {1}, {2} threads, fp32 prefill copy up to {3} bytes: {4}")
    @CsvSource({"BF16, qwen2, 1, 0, JAVA_BF16", "BF16, qwen2, 2, 2147483648, JAVA_BF16", "BF16, llama, 1, 2147483648, JAVA_BF16",
        "BF16, llama, 2, 0, JAVA_BF16", "F32, qwen2, 1, 0, PYTORCH", "F32, qwen2, 2, 0, JAVA_FP32", "F32, llama, 1, 0, PYTORCH",
        "F32, llama, 2, 0, JAVA_FP32", "F16, qwen2, 1, 0, PYTORCH", "F16, qwen2, 2, 0, JAVA_FP32", "F16, llama, 1, 0, PYTORCH",
        "F16, llama, 2, 0, JAVA_FP32", "F32, qwen2, 3, 0, JAVA_FP32"})
    void decodeStepsTakeTheRulesPathAndAgreeWithTheReference(TensorDType dtype, String architecture, int threads,
            long fp32CopyMaxBytes, DecodePath path) {
        TinyModelSpec spec = architecture.equals("qwen2") ? TinyModelSpec.tinyQwen2() : TinyModelSpec.tinyLlama();
        TinyModelWriter.write(spec.withDtype(dtype), dir);
        int[] tokens = RuntimeAgreementTest.randomTokens(20, spec.vocabSize(), 8);
        float[][] expected = new ReferenceTransformer(dir).logits(tokens);
        try (DjlCausalLm model = DjlCausalLm.load(dir, new RuntimeOptions("cpu", 32, threads, fp32CopyMaxBytes));
                DjlSequence sequence = model.newSequence(32)) {
            assertEquals(path, model.decodePath());
            RuntimeAgreementTest.assertClose(expected[11], sequence.append(Arrays.copyOf(tokens, 12)), "prefill");
            for (int t = 12; t < 17; t++) {
                RuntimeAgreementTest.assertClose(expected[t], sequence.append(new int[] {tokens[t]}), "decode step at " + t);
            }
            RuntimeAgreementTest.assertClose(expected[19], sequence.append(Arrays.copyOfRange(tokens, 17, 20)), "chunk after decoding");
        }
    }

    @Test
    void shardedModelGivesTheLogitsOfTheSingleFileModel() {
        TinyModelSpec spec = TinyModelSpec.tinyLlama();
        TinyModelWriter.write(spec, dir.resolve("single"));
        TinyModelWriter.write(spec.withShards(3), dir.resolve("sharded"));
        assertTrue(Files.exists(dir.resolve("sharded/" + SafetensorsWeights.INDEX_FILE)));
        assertTrue(Files.exists(dir.resolve("sharded/model-00003-of-00003.safetensors")));
        int[] prompt = RuntimeAgreementTest.randomTokens(10, spec.vocabSize(), 9);
        assertArrayEquals(lastLogits(dir.resolve("single"), prompt), lastLogits(dir.resolve("sharded"), prompt));
    }

    private static float[] lastLogits(Path modelDir, int[] prompt) {
        try (CausalLm model = DjlCausalLm.load(modelDir, RuntimeOptions.cpu(16)); Sequence sequence = model.newSequence(16)) {
            return sequence.append(prompt);
        }
    }
}
