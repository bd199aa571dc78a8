package io.aisle.ltv.features;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * Per-column mean, standard deviation and range fitted on the training rows; scoring reuses them
 * so that a customer's scaled features do not depend on who else is scored. Values are clamped to
 * the training range first: the network extrapolates linearly outside it, and exp(mu + sigma^2/2)
 * turns a moderate extrapolation (say, a tenure longer than any seen in training) into an
 * astronomically large prediction.
 */
public record Standardisation(double[] mean, double[] std, double[] min, double[] max) {

    /** Below this a column counts as constant: it is centred but not divided (it becomes 0). */
    private static final double MIN_STD = 1e-9;

    public static Standardisation fit(double[][] rows, int columns) {
        double[] mean = new double[columns];
        double[] std = new double[columns];
        double[] min = new double[columns];
        double[] max = new double[columns];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (double[] row : rows) {
            for (int j = 0; j < columns; j++) {
                mean[j] += row[j] / rows.length;
                min[j] = Math.min(min[j], row[j]);
                max[j] = Math.max(max[j], row[j]);
            }
        }
        for (double[] row : rows) {
            for (int j = 0; j < columns; j++) {
                std[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / rows.length;
            }
        }
        for (int j = 0; j < columns; j++) {
            std[j] = Math.sqrt(std[j]);
            if (std[j] < MIN_STD) {
                std[j] = 1;
            }
        }
        return new Standardisation(mean, std, min, max);
    }

    public float[] apply(double[] raw) {
        float[] scaled = new float[raw.length];
        for (int j = 0; j < raw.length; j++) {
            double clamped = Math.max(min[j], Math.min(max[j], raw[j]));
            scaled[j] = (float) ((clamped - mean[j]) / std[j]);
        }
        return scaled;
    }

    void writeTo(DataOutput out) throws IOException {
        out.writeInt(mean.length);
        for (int j = 0; j < mean.length; j++) {
            out.writeDouble(mean[j]);
            out.writeDouble(std[j]);
            out.writeDouble(min[j]);
            out.writeDouble(max[j]);
        }
    }

    static Standardisation readFrom(DataInput in) throws IOException {
        int n = in.readInt();
        double[] mean = new double[n];
        double[] std = new double[n];
        double[] min = new double[n];
        double[] max = new double[n];
        for (int j = 0; j < n; j++) {
            mean[j] = in.readDouble();
            std[j] = in.readDouble();
            min[j] = in.readDouble();
            max[j] = in.readDouble();
        }
        return new Standardisation(mean, std, min, max);
    }
}
