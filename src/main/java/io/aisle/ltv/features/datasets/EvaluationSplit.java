package io.aisle.ltv.features.datasets;

import java.time.Duration;
import java.time.Instant;

/**
 * The dates of a time-split evaluation. Test: features at {@code cutoff}, label = value in
 * {@code [cutoff, holdoutEnd)}. Training: features at {@code trainCutoff}, label = value in
 * {@code [trainCutoff, cutoff)}, so training never sees the holdout.
 */
public record EvaluationSplit(Instant trainCutoff, Instant cutoff, Instant holdoutEnd) {

    public EvaluationSplit {
        if (!trainCutoff.isBefore(cutoff) || !cutoff.isBefore(holdoutEnd)) {
            throw new IllegalArgumentException("need trainCutoff < cutoff < holdoutEnd");
        }
    }

    /** A training window as long as the holdout, just before the cutoff. */
    public static EvaluationSplit equalWindows(Instant cutoff, Instant holdoutEnd) {
        return new EvaluationSplit(cutoff.minus(Duration.between(cutoff, holdoutEnd)), cutoff, holdoutEnd);
    }

    public Duration trainingWindow() {
        return Duration.between(trainCutoff, cutoff);
    }

    public Duration holdout() {
        return Duration.between(cutoff, holdoutEnd);
    }

    /**
     * Holdout length over training-window length: predictions for a window of the training length
     * are scaled by this (value assumed proportional to time) when the two differ.
     */
    public double horizonScale() {
        return (double) holdout().toSeconds() / trainingWindow().toSeconds();
    }
}
