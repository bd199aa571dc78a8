package io.aisle.ltv.deep;

import io.aisle.ltv.features.CustomerHistory;
import io.aisle.ltv.features.CutoffPopulation;
import io.aisle.ltv.features.FeatureBuilder;
import java.time.Instant;
import java.util.List;

/**
 * Training rows of one cutoff: the customers acquired before it, featurised at it, each labelled
 * with the value of the window that follows.
 *
 * @param labels value in the label window of each customer of {@code population}, in order
 */
public record TrainingSnapshot(CutoffPopulation population, double[] labels) {

    public TrainingSnapshot {
        if (population.histories().size() != labels.length) {
            throw new IllegalArgumentException("one label per customer");
        }
    }

    /** The customers of {@code all} with a transaction before {@code cutoff}, labelled with their value in [cutoff, labelEnd). */
    public static TrainingSnapshot of(List<CustomerHistory> all, Instant cutoff, Instant labelEnd) {
        List<CustomerHistory> acquired = all.stream().filter(c -> c.hasTransactionBefore(cutoff)).toList();
        return new TrainingSnapshot(new CutoffPopulation(acquired, cutoff), FeatureBuilder.labels(acquired, cutoff, labelEnd));
    }

    public int size() {
        return labels.length;
    }
}
