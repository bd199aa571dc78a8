package io.aisle.llm.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SamplerTest {

    private static final int[] NO_CONTEXT = new int[0];

    private static SamplingParams params(double temperature, int topK, double topP, double penalty, Long seed) {
        return new SamplingParams(temperature, topK, topP, penalty, seed, 16, List.of());
    }

    @Test
    void temperatureZeroPicksTheHighestLogitAndTiesGoToTheLowestId() {
        Sampler greedy = new Sampler(SamplingParams.greedy(8));
        assertEquals(2, greedy.next(new float[] {0.1f, 1f, 3f, -2f}, NO_CONTEXT));
        assertEquals(1, greedy.next(new float[] {0.1f, 3f, 3f, 3f}, NO_CONTEXT));
    }

    @Test
    void repetitionPenaltyDividesPositiveAndMultipliesNegativeLogitsOfSeenTokensOnce() {
        float[] logits = {4f, -1f, 3f, 0.5f};
        float[] penalized = RepetitionPenalty.apply(logits, new int[] {0, 1, 0, 0}, 2.0);
        assertArrayEquals(new float[] {2f, -2f, 3f, 0.5f}, penalized);
        assertArrayEquals(new float[] {4f, -1f, 3f, 0.5f}, logits, "the caller's logits stay as they were");
        Sampler greedy = new Sampler(new SamplingParams(0, 0, 1, 2.0, null, 8, List.of()));
        assertEquals(2, greedy.next(logits, new int[] {0}), "the prompt's tokens count as seen");
    }

    @Test
    void aFixedSeedReproducesTheSameSequenceAndAnotherSeedDiffers() {
        float[][] steps = randomLogits(40, 50, 7);
        assertArrayEquals(sample(steps, 1234L), sample(steps, 1234L));
        assertNotEquals(java.util.Arrays.toString(sample(steps, 1234L)), java.util.Arrays.toString(sample(steps, 99L)));
    }

    @Test
    void topKOneEqualsGreedyEvenAtHighTemperature() {
        float[][] steps = randomLogits(30, 50, 3);
        Sampler topOne = new Sampler(params(5.0, 1, 1, 1, 42L));
        Sampler greedy = new Sampler(SamplingParams.greedy(30));
        for (float[] logits : steps) {
            assertEquals(greedy.next(logits, NO_CONTEXT), topOne.next(logits, NO_CONTEXT));
        }
    }

    @Test
    void topKDrawsOnlyFromTheKBestTokens() {
        float[] logits = {0f, 5f, 1f, 4f, 3f, 2f};
        Sampler sampler = new Sampler(params(10.0, 3, 1, 1, 5L));
        Set<Integer> drawn = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            drawn.add(sampler.next(logits, NO_CONTEXT));
        }
        assertEquals(Set.of(1, 3, 4), drawn);
    }

    @Test
    void topPKeepsTheSmallestSetReachingPAndAtLeastOneToken() {
        assertEquals(2, Sampler.nucleus(new double[] {0.5, 0.3, 0.2}, 0.8));
        assertEquals(3, Sampler.nucleus(new double[] {0.5, 0.3, 0.2}, 0.81));
        assertEquals(1, Sampler.nucleus(new double[] {0.9, 0.1}, 0.01));
        float[] logits = {(float) Math.log(0.5), (float) Math.log(0.3), (float) Math.log(0.2)};
        Sampler sampler = new Sampler(params(1.0, 0, 0.8, 1, 11L));
        Set<Integer> drawn = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            drawn.add(sampler.next(logits, NO_CONTEXT));
        }
        assertEquals(Set.of(0, 1), drawn);
    }

    @Test
    void samplingFollowsTheSoftmaxDistribution() {
        float[] logits = {(float) Math.log(0.7), (float) Math.log(0.2), (float) Math.log(0.1)};
        Sampler sampler = new Sampler(params(1.0, 0, 1, 1, 2024L));
        int[] counts = new int[3];
        for (int i = 0; i < 20_000; i++) {
            counts[sampler.next(logits, NO_CONTEXT)]++;
        }
        assertEquals(0.7, counts[0] / 20_000.0, 0.02);
        assertEquals(0.2, counts[1] / 20_000.0, 0.02);
        assertEquals(0.1, counts[2] / 20_000.0, 0.02);
    }

    @Test
    void invalidParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> params(-1, 0, 1, 1, null));
        assertThrows(IllegalArgumentException.class, () -> params(1, 0, 0, 1, null));
        assertThrows(IllegalArgumentException.class, () -> params(1, 0, 1, 0, null));
        assertTrue(SamplingParams.greedy(4).isGreedy());
    }

    private static int[] sample(float[][] steps, long seed) {
        Sampler sampler = new Sampler(params(1.0, 20, 0.95, 1.1, seed));
        int[] out = new int[steps.length];
        for (int i = 0; i < steps.length; i++) {
            out[i] = sampler.next(steps[i], java.util.Arrays.copyOf(out, i));
        }
        return out;
    }

    private static float[][] randomLogits(int steps, int vocab, long seed) {
        Random random = new Random(seed);
        float[][] logits = new float[steps][vocab];
        for (float[] row : logits) {
            for (int i = 0; i < vocab; i++) {
                row[i] = (float) random.nextGaussian();
            }
        }
        return logits;
    }
}
