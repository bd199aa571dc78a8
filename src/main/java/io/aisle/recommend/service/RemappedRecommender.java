package io.aisle.recommend.service;

import io.aisle.recommend.model.SequentialRecommender;
import java.util.Arrays;

/**
 * A serving model asked in another model's item numbering: how the active version is evaluated on a
 * candidate's validation cases, so both are compared on the same customers and items. Items the serving model
 * does not know (new since it was trained) get no score, so it cannot rank them.
 */
final class RemappedRecommender implements SequentialRecommender {

    private final ServingModel model;
    private final long[] productIdByIndex;
    private final int[] servingIndexByIndex;

    RemappedRecommender(ServingModel model, long[] productIdByIndex) {
        this.model = model;
        this.productIdByIndex = productIdByIndex;
        this.servingIndexByIndex = new int[productIdByIndex.length];
        for (int i = 1; i < productIdByIndex.length; i++) {
            Integer known = model.index(productIdByIndex[i]);
            servingIndexByIndex[i] = known == null ? 0 : known;
        }
    }

    @Override
    public float[] scores(int[] history) {
        float[] out = new float[productIdByIndex.length];
        Arrays.fill(out, Float.NEGATIVE_INFINITY);
        int[] known = Arrays.stream(history).map(i -> servingIndexByIndex[i]).filter(i -> i > 0).toArray();
        if (known.length == 0) {
            return out;
        }
        float[] served = model.scores(known);
        for (int i = 1; i < out.length; i++) {
            if (servingIndexByIndex[i] > 0) {
                out[i] = served[servingIndexByIndex[i]];
            }
        }
        return out;
    }
}
