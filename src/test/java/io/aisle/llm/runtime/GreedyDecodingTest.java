package io.aisle.llm.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.llm.runtime.safetensors.TensorDType;
import io.aisle.llm.tiny.TinyModelSpec;
import io.aisle.llm.tiny.TinyModelWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GreedyDecodingTest {

    private static final int NEW_TOKENS = 20;

    @TempDir
    Path dir;

    /** With one thread F32 decodes in PyTorch; with two, F32 and F16 decode in Java (see {@link JavaDecoding}). */
    static Stream<Arguments> models() {
        return Stream.of(Arguments.of(TinyModelSpec.tinyQwen2(), 1), Arguments.of(TinyModelSpec.tinyLlama(), 1),
                Arguments.of(TinyModelSpec.tinyQwen2(), 2), Arguments.of(TinyModelSpec.tinyLlama().withDtype(TensorDType.F16), 2),
                Arguments.of(TinyModelSpec.tinyQwen2().withDtype(TensorDType.BF16), 2));
    }

    @ParameterizedTest(name = "{0}, {1} threads")
    @MethodSource("models")
    void kvCacheDecodingMatchesFullRecomputation(TinyModelSpec spec, int threads) {
        TinyModelWriter.write(spec, dir);
        int[] prompt = RuntimeAgreementTest.randomTokens(6, spec.vocabSize(), 11);
        try (DjlCausalLm model = DjlCausalLm.load(dir, new RuntimeOptions("cpu", 64, threads))) {
            assertEquals(threads > 1, model.decodePath() != DecodePath.PYTORCH, "decoded in Java from two threads");
            int[] cached = new int[NEW_TOKENS];
            try (Sequence sequence = model.newSequence(prompt.length + NEW_TOKENS)) {
                float[] logits = sequence.append(prompt);
                for (int i = 0; i < NEW_TOKENS; i++) {
                    cached[i] = argmax(logits);
                    logits = sequence.append(new int[] {cached[i]});
                }
            }
            int[] recomputed = new int[NEW_TOKENS];
            int[] context = prompt;
            for (int i = 0; i < NEW_TOKENS; i++) {
                try (Sequence fresh = model.newSequence(context.length)) {
                    recomputed[i] = argmax(fresh.append(context));
                }
                context = Arrays.copyOf(context, context.length + 1);
                context[context.length - 1] = recomputed[i];
            }
            assertArrayEquals(recomputed, cached);
            assertTrue(Arrays.stream(cached).distinct().count() > 3,
                    "random weights should not collapse greedy decoding: " + Arrays.toString(cached));
        }
    }

    static int argmax(float[] logits) {
        int best = 0;
        for (int i = 1; i < logits.length; i++) {
            if (logits[i] > logits[best]) {
                best = i;
            }
        }
        return best;
    }
}
