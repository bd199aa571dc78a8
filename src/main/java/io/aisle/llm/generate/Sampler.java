package io.aisle.llm.generate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Picks the next token from the model's logits as Hugging Face's generate does: repetition
 * penalty over every earlier token (prompt included), then greedy argmax, or temperature, top-k
 * and top-p followed by a draw from a seeded generator, so one seed always gives one sequence.
 * Only the few tokens that can survive top-k/top-p are ever sorted: vocabularies have 150k entries.
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
        double[] probabilities = softmax(scores, params.temperature());
        Integer[] order = sorted(candidates(scores, probabilities), probabilities);
        double[] sorted = new double[order.length];
        double mass = 0;
        for (int i = 0; i < order.length; i++) {
            sorted[i] = probabilities[order[i]];
            mass += sorted[i];
        }
        for (int i = 0; i < order.length; i++) {
            sorted[i] /= mass;
        }
        int kept = nucleus(sorted, params.topP());
        double total = 0;
        for (int i = 0; i < kept; i++) {
            total += sorted[i];
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < kept - 1; i++) {
            draw -= sorted[i];
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

    /** How many of the sorted, normalised candidates form the smallest set reaching {@code topP} (at least one). */
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

    /**
     * The ids that can be drawn, unsorted: the top-k, or else, for top-p, all ids above a probability
     * threshold lowered until their mass reaches p (always a superset of the nucleus).
     */
    private int[] candidates(float[] scores, double[] probabilities) {
        int k = params.topK();
        if (k > 0 && k < scores.length) {
            return topK(scores, k);
        }
        if (params.topP() >= 1) {
            return IntStream.range(0, scores.length).toArray();
        }
        double threshold = Arrays.stream(probabilities).max().orElse(0);
        while (true) {
            double limit = threshold;
            int[] above = IntStream.range(0, probabilities.length).filter(i -> probabilities[i] >= limit).toArray();
            double mass = Arrays.stream(above).mapToDouble(i -> probabilities[i]).sum();
            if (mass >= params.topP() || above.length == probabilities.length) {
                return above;
            }
            threshold /= 4;
        }
    }

    private static int[] topK(float[] scores, int k) {
        Comparator<Integer> worseFirst = (a, b) -> scores[a] != scores[b] ? Float.compare(scores[a], scores[b]) : Integer.compare(b, a);
        PriorityQueue<Integer> best = new PriorityQueue<>(k + 1, worseFirst);
        for (int id = 0; id < scores.length; id++) {
            if (best.size() < k) {
                best.add(id);
            } else if (scores[id] > scores[best.peek()]) {
                best.poll();
                best.add(id);
            }
        }
        return best.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Most probable first, ties by lowest id. */
    private static Integer[] sorted(int[] ids, double[] probabilities) {
        Integer[] order = Arrays.stream(ids).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> probabilities[a] != probabilities[b]
                ? Double.compare(probabilities[b], probabilities[a]) : Integer.compare(a, b));
        return order;
    }

    private static double[] softmax(float[] scores, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (float score : scores) {
            max = Math.max(max, score / temperature);
        }
        double[] probabilities = new double[scores.length];
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            probabilities[i] = Math.exp(scores[i] / temperature - max);
            sum += probabilities[i];
        }
        for (int i = 0; i < scores.length; i++) {
            probabilities[i] /= sum;
        }
        return probabilities;
    }
}
