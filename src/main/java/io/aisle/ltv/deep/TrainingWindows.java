package io.aisle.ltv.deep;

import io.aisle.ltv.features.CustomerHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Stacked training windows: snapshots at several cutoffs, each labelled with the value of the
 * following window of the same length, the latest window ending where scoring starts. One window
 * trains on only the customers acquired before a single cutoff (2,855 on Online Retail); stacking
 * windows multiplies the rows and shows the network customers at many tenures and recencies.
 */
public record TrainingWindows(Duration window, Duration step, int count) {

    public TrainingWindows {
        if (window.isNegative() || window.isZero() || step.isNegative() || step.isZero() || count < 1) {
            throw new IllegalArgumentException("window and step must be positive, count >= 1");
        }
    }

    /** A single window: the classic one-cutoff training set. */
    public static TrainingWindows single(Duration window) {
        return new TrainingWindows(window, window, 1);
    }

    /**
     * The snapshots whose label windows end at or before {@code end}, latest first; cutoffs
     * before which nobody bought yet are left out.
     */
    public List<TrainingSnapshot> snapshots(List<CustomerHistory> customers, Instant end) {
        List<TrainingSnapshot> snapshots = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            Instant cutoff = end.minus(window).minus(step.multipliedBy(k));
            TrainingSnapshot snapshot = TrainingSnapshot.of(customers, cutoff, cutoff.plus(window));
            if (snapshot.size() > 0) {
                snapshots.add(snapshot);
            }
        }
        return snapshots;
    }
}
