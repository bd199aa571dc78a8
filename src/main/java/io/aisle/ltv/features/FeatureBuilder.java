package io.aisle.ltv.features;

import java.time.Instant;
import java.util.List;

/**
 * Fits the feature layout (category vocabulary) and standardisation on a training population at
 * its cutoff. Scoring then uses {@link FittedFeatures#transform} with the same fitted statistics.
 */
public final class FeatureBuilder {

    private final FeatureConfig config;

    public FeatureBuilder(FeatureConfig config) {
        this.config = config;
    }

    public FittedFeatures fit(List<CustomerHistory> training, Instant cutoff) {
        List<String> categories = config.topCategories() == 0
                ? List.of()
                : CategoryMix.topCategories(training, cutoff, config.topCategories());
        FeatureLayout layout = new FeatureLayout(config, categories);
        double[][] raw = training.stream().map(h -> layout.raw(h, cutoff)).toArray(double[][]::new);
        return new FittedFeatures(layout, Standardisation.fit(raw, layout.size()));
    }

    /** The labels: each customer's net value in {@code [from, to)}, floored at 0. */
    public static double[] labels(List<CustomerHistory> histories, Instant from, Instant to) {
        return histories.stream().mapToDouble(h -> h.valueIn(from, to)).toArray();
    }
}
