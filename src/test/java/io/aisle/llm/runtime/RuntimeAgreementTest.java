package io.aisle.llm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aisle.llm.tiny.TinyModelSpec;
import io.aisle.llm.tiny.TinyModelWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The DJL runtime computes the same logits as the independent reference forward pass. */
class RuntimeAgreementTest {

    static final double TOLERANCE = 1e-4;

    @TempDir
    Path dir;

    static Stream<Arguments> models() {
        return Stream.of(Arguments.of("qwen2 (biases, tied head)", TinyModelSpec.tinyQwen2()),
                Arguments.of("llama (llama3 rope, untied head)", TinyModelSpec.tinyLlama()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void prefillLogitsOfEveryPositionMatchTheReference(String name, TinyModelSpec spec) {
        TinyModelWriter.write(spec, dir);
        ReferenceTransformer reference = new ReferenceTransformer(dir);
        try (DjlCausalLm model = DjlCausalLm.load(dir, RuntimeOptions.cpu(256))) {
            for (int length : new int[] {1, 2, 9, 40}) {
                int[] prompt = randomTokens(length, spec.vocabSize(), length);
                try (DjlSequence sequence = model.newSequence(64)) {
                    assertClose(reference.logits(prompt), sequence.appendAll(prompt), name + ", prompt of " + length);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void cachedAppendsAfterAPrefillMatchTheReference(String name, TinyModelSpec spec) {
        TinyModelWriter.write(spec, dir);
        ReferenceTransformer reference = new ReferenceTransformer(dir);
        int[] tokens = randomTokens(30, spec.vocabSize(), 3);
        float[][] expected = reference.logits(tokens);
        try (DjlCausalLm model = DjlCausalLm.load(dir, RuntimeOptions.cpu(256));
                Sequence sequence = model.newSequence(40)) {
            float[] prefill = sequence.append(Arrays.copyOf(tokens, 17));
            assertClose(expected[16], prefill, name + ", prefill");
            float[] chunk = sequence.append(Arrays.copyOfRange(tokens, 17, 20));
            assertClose(expected[19], chunk, name + ", a 3-token chunk after the prefill");
            for (int t = 20; t < tokens.length; t++) {
                assertClose(expected[t], sequence.append(new int[] {tokens[t]}), name + ", decode step at " + t);
            }
            assertEquals(tokens.length, sequence.length());
        }
    }

    static int[] randomTokens(int length, int vocab, long seed) {
        Random random = new Random(seed);
        int[] tokens = new int[length];
        for (int i = 0; i < length; i++) {
            tokens[i] = random.nextInt(vocab);
        }
        return tokens;
    }

    static void assertClose(float[][] expected, float[][] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int t = 0; t < expected.length; t++) {
            assertClose(expected[t], actual[t], what + ", position " + t);
        }
    }

    static void assertClose(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
        }
        if (!(worst <= TOLERANCE)) {
            throw new AssertionError(what + ": max abs logit difference " + worst + " > " + TOLERANCE);
        }
    }
}
