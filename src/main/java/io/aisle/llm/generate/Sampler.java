package io.aisle.llm.generate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * Picks the next token from the model's logits as Hugging Face's generate does: repetition
 * penalty over every earlier token (prompt included), then greedy argmax, or temperature, top-k
 * and top-p followed by a draw from a seeded generator, so one seed always gives one sequence.
 */
public final class Sampler {

    private final SamplingParams params;
    private final Random random;

    public Sampler(SamplingParams params) {
        this.params = params;
        this.random = params.seed() == null ? new Random() : new Random(params.seed());
    }

    /** The next token id; {@code logits} is left unchanged, {@code context} is every token so far. */
    public int next(float[] logits, int[] context) {
        float[] scores = RepetitionPenalty.apply(logits, context, params.repetitionPenalty());
        if (params.isGreedy()) {
            return argmax(scores);
        }
        Integer[] order = candidates(scores);
        double[] probabilities = softmax(scores, order, params.temperature());
        int kept = nucleus(probabilities, params.topP());
        double total = 0;
        for (int i = 0; i < kept; i++) {
            total += probabilities[i];
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < kept - 1; i++) {
            draw -= probabilities[i];
            if (draw < 0) {
                return order[i];
            }
        }
        return order[kept - 1];
    }

    /** Ties go to the lowest id. */
    static int argmax(float[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Ids by falling score (ties by id), cut to top-k when it is on; top-k keeps a k-sized heap instead of sorting the vocabulary. */
    private Integer[] candidates(float[] scores) {
        Comparator<Integer> better = (a, b) -> scores[a] != scores[b] ? Float.compare(scores[b], scores[a]) : Integer.compare(a, b);
        int k = params.topK();
        if (k > 0 && k < scores.length) {
            PriorityQueue<Integer> best = new PriorityQueue<>(k, better.reversed());
            for (int id = 0; id < scores.length; id++) {
                best.add(id);
                if (best.size() > k) {
                    best.poll();
                }
            }
            Integer[] order = best.toArray(new Integer[0]);
            Arrays.sort(order, better);
            return order;
        }
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, better);
        return order;
    }

    private static double[] softmax(float[] scores, Integer[] order, double temperature) {
        double[] probabilities = new double[order.length];
        double max = scores[order[0]] / temperature;
        double sum = 0;
        for (int i = 0; i < order.length; i++) {
            probabilities[i] = Math.exp(scores[order[i]] / temperature - max);
            sum += probabilities[i];
        }
        for (int i = 0; i < order.length; i++) {
            probabilities[i] /= sum;
        }
        return probabilities;
    }

    /** How many of the sorted candidates form the smallest set reaching {@code topP} (at least one). */
    static int nucleus(double[] sortedProbabilities, double topP) {
        if (topP >= 1) {
            return sortedProbabilities.length;
        }
        double cumulative = 0;
        for (int i = 0; i < sortedProbabilities.length; i++) {
            cumulative += sortedProbabilities[i];
            if (cumulative >= topP) {
                return i + 1;
            }
        }
        return sortedProbabilities.length;
    }
}
