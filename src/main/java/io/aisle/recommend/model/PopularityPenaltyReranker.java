package io.aisle.recommend.model;

import java.util.List;

/**
 * Diversity re-ranking: lowers every item's score by {@code weight * ln(1 + its interactions in
 * training)}, so that long-tail items reach the top 10 more often at some cost in accuracy. The
 * logarithm keeps the penalty of the few very popular items from swamping the model's scores.
 * Serving applies the same formula, in SQL, to the nearest items it fetches
 * ({@code aisle.recommend.popularity-penalty}).
 */
public final class PopularityPenaltyReranker implements SequentialRecommender {

    private final SequentialRecommender base;
    private final float[] penalty;

    private PopularityPenaltyReranker(SequentialRecommender base, float[] penalty) {
        this.base = base;
        this.penalty = penalty;
    }

    /** @param weight 0 leaves {@code base}'s ranking unchanged */
    public static PopularityPenaltyReranker of(SequentialRecommender base, int itemCount, List<int[]> training,
                                               float weight) {
        float[] counts = PopularityRecommender.fit(itemCount, training).scores(new int[0]);
        float[] penalty = new float[counts.length];
        for (int item = 0; item < counts.length; item++) {
            penalty[item] = weight * (float) Math.log1p(counts[item]);
        }
        return new PopularityPenaltyReranker(base, penalty);
    }

    @Override
    public float[] scores(int[] history) {
        return penalised(base.scores(history));
    }

    @Override
    public float[][] scores(List<int[]> histories) {
        float[][] scores = base.scores(histories);
        for (float[] s : scores) {
            penalised(s);
        }
        return scores;
    }

    private float[] penalised(float[] scores) {
        for (int item = 0; item < scores.length; item++) {
            scores[item] -= penalty[item];
        }
        return scores;
    }
}
