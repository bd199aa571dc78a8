package io.aisle.recommend.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Item-based k-nearest-neighbours on co-occurrence: two items are similar when the same users
 * interacted with both, cosine-normalised, co(i, j) / sqrt(n_i n_j), so that popular items do not
 * neighbour everything. A history scores each item by the summed similarity to its items, each
 * history item contributing only its {@code neighbours} most similar items. Ignores order.
 */
public final class ItemKnnRecommender implements SequentialRecommender {

    private final int itemCount;
    private final int[][] neighbourItems;
    private final float[][] neighbourWeights;

    private ItemKnnRecommender(int itemCount, int[][] neighbourItems, float[][] neighbourWeights) {
        this.itemCount = itemCount;
        this.neighbourItems = neighbourItems;
        this.neighbourWeights = neighbourWeights;
    }

    public static ItemKnnRecommender fit(int itemCount, List<int[]> training, int neighbours) {
        if (neighbours < 1) {
            throw new IllegalArgumentException("neighbours must be positive");
        }
        int[] users = new int[itemCount + 1];
        List<Map<Integer, Integer>> together = new ArrayList<>(itemCount + 1);
        for (int i = 0; i <= itemCount; i++) {
            together.add(new HashMap<>());
        }
        for (int[] sequence : training) {
            int[] items = Arrays.stream(sequence).distinct().toArray();
            for (int a : items) {
                users[a]++;
                for (int b : items) {
                    if (a != b) {
                        together.get(a).merge(b, 1, Integer::sum);
                    }
                }
            }
        }
        int[][] neighbourItems = new int[itemCount + 1][];
        float[][] neighbourWeights = new float[itemCount + 1][];
        for (int a = 0; a <= itemCount; a++) {
            int from = a;
            // most similar first, ties to the lower index so that the fit is deterministic
            Neighbour[] nearest = together.get(a).entrySet().stream()
                    .map(e -> new Neighbour(e.getKey(), cosine(e.getValue(), users[from], users[e.getKey()])))
                    .sorted(Comparator.comparingDouble(Neighbour::similarity).reversed()
                            .thenComparingInt(Neighbour::item))
                    .limit(neighbours).toArray(Neighbour[]::new);
            neighbourItems[a] = new int[nearest.length];
            neighbourWeights[a] = new float[nearest.length];
            for (int k = 0; k < nearest.length; k++) {
                neighbourItems[a][k] = nearest[k].item();
                neighbourWeights[a][k] = (float) nearest[k].similarity();
            }
        }
        return new ItemKnnRecommender(itemCount, neighbourItems, neighbourWeights);
    }

    private record Neighbour(int item, double similarity) {
    }

    private static double cosine(int both, int usersA, int usersB) {
        return both / Math.sqrt((double) usersA * usersB);
    }

    @Override
    public float[] scores(int[] history) {
        float[] scores = new float[itemCount + 1];
        for (int item : Arrays.stream(history).distinct().toArray()) {
            for (int k = 0; k < neighbourItems[item].length; k++) {
                scores[neighbourItems[item][k]] += neighbourWeights[item][k];
            }
        }
        return scores;
    }
}
