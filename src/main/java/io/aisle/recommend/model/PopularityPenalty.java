package io.aisle.recommend.model;

import java.util.List;

/**
 * Diversity re-ranking against popularity bias: each item's score minus {@code weight · ln(1 + n)}, n being its
 * interactions in training. Weight 0 leaves the ranking as it is; larger weights trade accuracy for coverage
 * (judged by coverage@10 and the exposure Gini next to HR and NDCG). Serving applies the same formula, in SQL,
 * to the nearest items it fetches ({@code aisle.recommend.popularity-penalty}).
 */
public final class PopularityPenalty implements SequentialRecommender {

    private final SequentialRecommender base;
    private final float[] penalty;

    private PopularityPenalty(SequentialRecommender base, float[] penalty) {
        this.base = base;
        this.penalty = penalty;
    }

    public static PopularityPenalty of(SequentialRecommender base, long[] interactions, double weight) {
        float[] penalty = new float[interactions.length];
        for (int i = 0; i < interactions.length; i++) {
            penalty[i] = (float) (weight * Math.log1p(interactions[i]));
        }
        return new PopularityPenalty(base, penalty);
    }

    /** How often each item (index) occurs in the training sequences. */
    public static long[] interactions(int itemCount, List<int[]> training) {
        long[] counts = new long[itemCount + 1];
        for (int[] sequence : training) {
            for (int item : sequence) {
                counts[item]++;
            }
        }
        return counts;
    }

    @Override
    public float[] scores(int[] history) {
        return penalise(base.scores(history));
    }

    @Override
    public float[][] scores(List<int[]> histories) {
        float[][] scores = base.scores(histories);
        for (float[] s : scores) {
            penalise(s);
        }
        return scores;
    }

    private float[] penalise(float[] scores) {
        for (int i = 0; i < scores.length; i++) {
            scores[i] -= penalty[i];
        }
        return scores;
    }
}
