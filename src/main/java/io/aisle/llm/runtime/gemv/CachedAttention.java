package io.aisle.llm.runtime.gemv;

/**
 * Grouped-query attention of one decoded token over a KV cache held as {@link F32Rows} (the memory
 * PyTorch's arrays of the cache wrap, so a prefill's keys and values are read where PyTorch wrote
 * them): query head h reads kv head h / (heads / kvHeads), whose positions are rows
 * [kvHead * capacity, kvHead * capacity + length) of the keys and of the values. The query heads are
 * split over {@link RowWorkers}. Construct only when {@link VectorSupport#available()}.
 */
public final class CachedAttention {

    private final int heads;
    private final int group;
    private final int headDim;
    private final RowWorkers workers;

    public CachedAttention(int heads, int kvHeads, int headDim, RowWorkers workers) {
        if (heads % kvHeads != 0) {
            throw new IllegalArgumentException(heads + " query heads do not split into " + kvHeads + " kv heads");
        }
        this.heads = heads;
        this.group = heads / kvHeads;
        this.headDim = headDim;
        this.workers = workers;
    }

    /**
     * softmax(q_h · k_p) v_p summed over positions p in [0, length), for every query head h.
     *
     * @param queries [heads * headDim], already scaled by 1 / sqrt(headDim) (as the PyTorch path scales them)
     * @return [heads * headDim], head h at h * headDim
     */
    public float[] attend(float[] queries, F32Rows keys, F32Rows values, int capacity, int length) {
        if (keys.columns() != headDim || values.columns() != headDim || length < 1 || length > capacity) {
            throw new IllegalArgumentException("a cache of " + keys.columns() + "-wide rows, capacity " + capacity
                    + ", cannot serve " + length + " positions of " + headDim + "-wide heads");
        }
        float[] out = new float[heads * headDim];
        workers.runItems(heads, (from, to) -> {
            float[] weights = new float[length];
            for (int h = from; h < to; h++) {
                int firstRow = h / group * capacity;
                AttentionKernel.scores(keys, firstRow, queries, h * headDim, weights);
                softmax(weights);
                AttentionKernel.mix(values, firstRow, weights, out, h * headDim);
            }
        });
        return out;
    }

    /** In place, in fp32 like the PyTorch path: exp(s - max) / sum. */
    private static void softmax(float[] scores) {
        float max = Float.NEGATIVE_INFINITY;
        for (float s : scores) {
            max = Math.max(max, s);
        }
        float sum = 0;
        for (int p = 0; p < scores.length; p++) {
            scores[p] = (float) Math.exp(scores[p] - max);
            sum += scores[p];
        }
        for (int p = 0; p < scores.length; p++) {
            scores[p] /= sum;
        }
    }
}
