package io.aisle.recommend.service;

import io.aisle.recommend.model.SasRecModel;
import java.util.List;
import java.util.Map;

/**
 * An active recommender version loaded for serving: the network (for customer vectors and explanations) and
 * the mapping between catalog product ids and the model's item indices. The network is used by one thread at
 * a time and closed under the same lock, so a version swapped out mid-request is never used after closing.
 */
public final class ServingModel implements AutoCloseable {

    private final long versionId;
    private final SasRecModel model;
    private final Map<Long, Integer> indexByProduct;
    private final float[][] itemVectors;
    private boolean closed;

    ServingModel(long versionId, SasRecModel model, Map<Long, Integer> indexByProduct) {
        this.versionId = versionId;
        this.model = model;
        this.indexByProduct = Map.copyOf(indexByProduct);
        this.itemVectors = model.itemEmbeddings();
    }

    public long versionId() {
        return versionId;
    }

    public int dimension() {
        return model.dimension();
    }

    /** A product sequence in the model's item numbering ({@link TrainingData#knownIndices}). */
    public int[] indices(List<Long> productIds) {
        return TrainingData.knownIndices(productIds, indexByProduct);
    }

    public Integer index(long productId) {
        return indexByProduct.get(productId);
    }

    /** The output vector of an item, or null when the model does not know the product. */
    public float[] itemVector(long productId) {
        Integer index = indexByProduct.get(productId);
        return index == null ? null : itemVectors[index];
    }

    /** Customer vectors for histories of item indices (each non-empty). */
    public synchronized List<float[]> customerVectors(List<int[]> histories) {
        if (closed) {
            throw new IllegalStateException("recommender version " + versionId + " was replaced");
        }
        return List.of(model.userVectors(histories));
    }

    /** The model's score of every item index for a history of item indices (non-empty). */
    public synchronized float[] scores(int[] history) {
        if (closed) {
            throw new IllegalStateException("recommender version " + versionId + " was replaced");
        }
        return model.scores(history);
    }

    @Override
    public synchronized void close() {
        closed = true;
        model.close();
    }
}
