package io.aisle.llm.peer;

/**
 * How far two F32 implementations' logits may differ: {@code absolute + relative * max|reference|}.
 * The reasoning behind the defaults is in this project's README ("Tolerance").
 */
public record Tolerance(double absolute, double relative) {

    public static final Tolerance DEFAULT = new Tolerance(1e-5, 1e-4);

    /** The largest difference allowed for a row whose largest magnitude is {@code scale}. */
    public double bound(double scale) {
        return absolute + relative * scale;
    }

    static double maxMagnitude(float[] values) {
        double max = 0;
        for (float v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
