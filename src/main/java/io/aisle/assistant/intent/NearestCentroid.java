package io.aisle.assistant.intent;

import io.aisle.embedding.Vectors;

/** The baseline: each class is the mean of its examples' vectors; a message goes to the most similar mean. */
public final class NearestCentroid {

    private final float[][] centroids;

    private NearestCentroid(float[][] centroids) {
        this.centroids = centroids;
    }

    public static NearestCentroid fit(float[][] x, int[] y, int classes) {
        float[][] sums = new float[classes][x[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[i].length; j++) {
                sums[y[i]][j] += x[i][j];
            }
        }
        for (int c = 0; c < classes; c++) {
            sums[c] = Vectors.normalized(sums[c]);
        }
        return new NearestCentroid(sums);
    }

    public int predict(float[] features) {
        int best = 0;
        double bestSimilarity = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double similarity = Vectors.cosine(centroids[c], features);
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = c;
            }
        }
        return best;
    }
}
