package io.aisle.ltv.deep;

import java.util.Random;

/**
 * Rows drawn from a known zero-inflated lognormal: features x ~ N(0, 1)^3,
 * p = sigmoid(1.5 x0 - 0.5), mu = 2 + 0.8 x1 + 0.4 x0, sigma = 0.5 (x2 is noise).
 */
record SyntheticPopulation(float[][] features, float[] labels, double[] trueMeans) {

    static final double SIGMA = 0.5;

    static SyntheticPopulation draw(int n, long seed) {
        Random random = new Random(seed);
        float[][] x = new float[n][3];
        float[] y = new float[n];
        double[] means = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = (float) random.nextGaussian();
            }
            double p = probability(x[i]);
            double mu = 2 + 0.8 * x[i][1] + 0.4 * x[i][0];
            means[i] = p * Math.exp(mu + SIGMA * SIGMA / 2);
            y[i] = random.nextDouble() < p ? (float) Math.exp(mu + SIGMA * random.nextGaussian()) : 0;
        }
        return new SyntheticPopulation(x, y, means);
    }

    static double probability(float[] x) {
        return 1 / (1 + Math.exp(-(1.5 * x[0] - 0.5)));
    }

    double[] labelsAsDoubles() {
        double[] d = new double[labels.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = labels[i];
        }
        return d;
    }
}
