package io.aisle.assistant.intent;

/**
 * Multinomial logistic regression with L2 regularisation, trained by stochastic gradient descent: small and
 * deterministic, which suits a few hundred labelled messages.
 */
public final class SoftmaxRegression {

    private final float[][] weights; // [class][feature + bias]

    private SoftmaxRegression(float[][] weights) {
        this.weights = weights;
    }

    /**
     * Stochastic gradient descent over the examples in a fixed shuffled order per epoch (seeded: the same data
     * gives the same model), with a learning rate that decays linearly to a tenth.
     *
     * @param x       one feature vector per example
     * @param y       each example's class, 0..classes-1
     * @param epochs  passes over the data
     * @param rate    initial learning rate
     * @param l2      weight decay (not applied to the bias)
     */
    public static SoftmaxRegression fit(float[][] x, int[] y, int classes, int epochs, double rate, double l2) {
        int n = x.length;
        int d = x[0].length;
        float[][] w = new float[classes][d + 1];
        double[] p = new double[classes];
        int[] order = java.util.stream.IntStream.range(0, n).toArray();
        java.util.Random random = new java.util.Random(17);
        for (int epoch = 0; epoch < epochs; epoch++) {
            double step = rate * (1 - 0.9 * epoch / (double) epochs);
            shuffle(order, random);
            for (int i : order) {
                probabilities(w, x[i], p);
                for (int c = 0; c < classes; c++) {
                    float error = (float) (step * (p[c] - (y[i] == c ? 1 : 0)));
                    float keep = (float) (1 - step * l2);
                    float[] wc = w[c];
                    for (int j = 0; j < d; j++) {
                        wc[j] = wc[j] * keep - error * x[i][j];
                    }
                    wc[d] -= error;
                }
            }
        }
        return new SoftmaxRegression(w);
    }

    private static void shuffle(int[] a, java.util.Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Class probabilities of one feature vector. */
    public double[] predict(float[] features) {
        double[] p = new double[weights.length];
        probabilities(weights, features, p);
        return p;
    }

    private static void probabilities(float[][] w, float[] x, double[] out) {
        int d = x.length;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < w.length; c++) {
            double z = w[c][d];
            for (int j = 0; j < d; j++) {
                z += w[c][j] * x[j];
            }
            out[c] = z;
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int c = 0; c < w.length; c++) {
            out[c] = Math.exp(out[c] - max);
            sum += out[c];
        }
        for (int c = 0; c < w.length; c++) {
            out[c] /= sum;
        }
    }
}
