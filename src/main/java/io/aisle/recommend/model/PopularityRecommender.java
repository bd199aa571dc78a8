package io.aisle.recommend.model;

import java.util.List;

/** The most-popular baseline: every history gets the same ranking, by interactions in training. */
public final class PopularityRecommender implements SequentialRecommender {

    private final float[] counts;

    private PopularityRecommender(float[] counts) {
        this.counts = counts;
    }

    public static PopularityRecommender fit(int itemCount, List<int[]> training) {
        float[] counts = new float[itemCount + 1];
        for (int[] sequence : training) {
            for (int item : sequence) {
                counts[item]++;
            }
        }
        return new PopularityRecommender(counts);
    }

    @Override
    public float[] scores(int[] history) {
        return counts.clone();
    }
}
