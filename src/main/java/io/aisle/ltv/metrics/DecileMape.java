package io.aisle.ltv.metrics;

/**
 * Decile-level MAPE as in google/lifetime_value's {@code decile_stats}: customers sorted by
 * prediction into 10 groups of (nearly) equal size; per group |mean predicted - mean actual| /
 * mean actual; the mean of that over the groups. It measures calibration of the ranking, where
 * per-customer MAPE is undefined for the many customers whose actual value is 0.
 */
public final class DecileMape {

    static final int GROUPS = 10;

    private DecileMape() {
    }

    /**
     * Groups whose mean actual value is 0 have no relative error and are left out (the reference
     * would divide by zero); NaN if all are, or with fewer customers than groups.
     */
    public static double of(double[] actual, double[] predicted) {
        if (actual.length < GROUPS) {
            return Double.NaN;
        }
        double[] rankedActual = RankedOutcomes.byPrediction(actual, predicted);
        double[] rankedPredicted = RankedOutcomes.perfect(predicted);
        double[] sumActual = new double[GROUPS];
        double[] sumPredicted = new double[GROUPS];
        int[] count = new int[GROUPS];
        for (int i = 0; i < actual.length; i++) {
            int group = (int) ((long) i * GROUPS / actual.length);
            sumActual[group] += rankedActual[i];
            sumPredicted[group] += rankedPredicted[i];
            count[group]++;
        }
        double errors = 0;
        int used = 0;
        for (int g = 0; g < GROUPS; g++) {
            if (sumActual[g] > 0) {
                errors += Math.abs(sumPredicted[g] - sumActual[g]) / sumActual[g];
                used++;
            }
        }
        return used > 0 ? errors / used : Double.NaN;
    }
}
