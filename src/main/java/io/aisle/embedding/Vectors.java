package io.aisle.embedding;

/** Small vector arithmetic for unit-length embeddings. */
public final class Vectors {

    private Vectors() {
    }

    /** A unit-length copy (the zero vector stays zero). */
    public static float[] normalized(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        if (sum == 0 || Math.abs(sum - 1.0) < 1e-6) {
            return vector;
        }
        float scale = (float) (1.0 / Math.sqrt(sum));
        float[] out = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            out[i] = vector[i] * scale;
        }
        return out;
    }

    /** Cosine similarity; 0 when either vector is zero or they differ in length. */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            return 0;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
