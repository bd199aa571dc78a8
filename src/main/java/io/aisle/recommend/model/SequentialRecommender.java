package io.aisle.recommend.model;

import java.util.List;

/** Anything that scores all items for a history (SASRec, popularity, item-kNN). */
public interface SequentialRecommender {

    /**
     * @param history items in time order, dense indices 1..itemCount
     * @return one score per item, length itemCount + 1; index 0 (padding) is ignored; higher is better
     */
    float[] scores(int[] history);

    /** Scores of several histories; models that batch (SASRec) override this. */
    default float[][] scores(List<int[]> histories) {
        return histories.stream().map(this::scores).toArray(float[][]::new);
    }
}
