package io.aisle.llm.peer;

/**
 * How closely one row of jlama's logits matches ours.
 *
 * @param maxAbsDiff largest |jlama - ours| over the vocabulary
 * @param scale      largest |ours|, the row's magnitude
 * @param bound      the difference the tolerance allows for this row
 */
public record LogitAgreement(double maxAbsDiff, double scale, double bound) {

    public static LogitAgreement of(float[] ours, float[] jlama, Tolerance tolerance) {
        if (ours.length != jlama.length) {
            throw new IllegalArgumentException("Our logit row has " + ours.length + " entries, jlama's vocabulary " + jlama.length);
        }
        double maxDiff = 0;
        for (int i = 0; i < ours.length; i++) {
            double diff = Math.abs((double) jlama[i] - ours[i]);
            // a NaN on either side must fail, and Math.max keeps NaN
            maxDiff = Math.max(maxDiff, diff);
        }
        double scale = Tolerance.maxMagnitude(ours);
        return new LogitAgreement(maxDiff, scale, tolerance.bound(scale));
    }

    /** The difference relative to the row's magnitude. */
    public double relativeDiff() {
        return scale == 0 ? maxAbsDiff : maxAbsDiff / scale;
    }

    public boolean agrees() {
        return maxAbsDiff <= bound;
    }
}
