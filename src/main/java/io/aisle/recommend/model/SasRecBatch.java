package io.aisle.recommend.model;

import java.util.Arrays;
import java.util.List;

/**
 * Sequences laid out for the network: {@code rows x length} item indices, each sequence from
 * position 0 and right-padded with 0 (so that, under the causal mask, no real position ever
 * attends to padding), plus the flat positions whose output is used and, in training, the item
 * expected there.
 *
 * @param items     row-major {@code rows x length} item indices
 * @param outputs   flat indices (row * length + position) of the positions to read out
 * @param targets   in training, the next item at each of {@code outputs}; empty when scoring
 */
record SasRecBatch(long[] items, int rows, int length, long[] outputs, long[] targets) {

    /**
     * Inputs are each sequence without its last item, targets the sequence shifted by one: every
     * real position predicts the next item. Sequences longer than {@code maxLength + 1} keep their
     * most recent items; each needs at least 2 items.
     */
    static SasRecBatch forTraining(List<int[]> sequences, int maxLength) {
        List<int[]> windows = sequences.stream().map(s -> recent(s, maxLength + 1)).toList();
        int length = windows.stream().mapToInt(w -> w.length - 1).max().orElse(1);
        int positions = windows.stream().mapToInt(w -> w.length - 1).sum();
        long[] items = new long[windows.size() * length];
        long[] outputs = new long[positions];
        long[] targets = new long[positions];
        int k = 0;
        for (int row = 0; row < windows.size(); row++) {
            int[] w = windows.get(row);
            if (w.length < 2) {
                throw new IllegalArgumentException("a training sequence needs at least 2 items");
            }
            for (int t = 0; t + 1 < w.length; t++) {
                items[row * length + t] = w[t];
                outputs[k] = (long) row * length + t;
                targets[k++] = w[t + 1];
            }
        }
        return new SasRecBatch(items, windows.size(), length, outputs, targets);
    }

    /**
     * Histories read out at their last item. Longer than {@code maxLength}: the most recent
     * {@code maxLength} items. An empty history is read out from the padding item alone.
     */
    static SasRecBatch forScoring(List<int[]> histories, int maxLength) {
        List<int[]> windows = histories.stream().map(h -> recent(h, maxLength)).toList();
        int length = Math.max(1, windows.stream().mapToInt(w -> w.length).max().orElse(1));
        long[] items = new long[windows.size() * length];
        long[] outputs = new long[windows.size()];
        for (int row = 0; row < windows.size(); row++) {
            int[] w = windows.get(row);
            for (int t = 0; t < w.length; t++) {
                items[row * length + t] = w[t];
            }
            outputs[row] = (long) row * length + Math.max(0, w.length - 1);
        }
        return new SasRecBatch(items, windows.size(), length, outputs, new long[0]);
    }

    private static int[] recent(int[] sequence, int limit) {
        return sequence.length <= limit ? sequence : Arrays.copyOfRange(sequence, sequence.length - limit, sequence.length);
    }
}
