package io.aisle.ltv.features;

import java.time.Instant;
import java.util.Comparator;
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
        return fit(List.of(new CutoffPopulation(training, cutoff)));
    }

    /**
     * Fits on the rows of several cutoffs at once (stacked training windows): the standardisation
     * then covers the spread of tenures and recencies of all of them. The category vocabulary comes
     * from the latest cutoff, which sees the most history.
     */
    public FittedFeatures fit(List<CutoffPopulation> populations) {
        if (populations.isEmpty()) {
            throw new IllegalArgumentException("need at least one population");
        }
        CutoffPopulation latest = populations.stream().max(Comparator.comparing(CutoffPopulation::cutoff)).orElseThrow();
        List<String> categories = config.topCategories() == 0
                ? List.of()
                : CategoryMix.topCategories(latest.histories(), latest.cutoff(), config.topCategories());
        FeatureLayout layout = new FeatureLayout(config, categories);
        double[][] raw = populations.stream()
                .flatMap(p -> p.histories().stream().map(h -> layout.raw(h, p.cutoff())))
                .toArray(double[][]::new);
        return new FittedFeatures(layout, Standardisation.fit(raw, layout.size()));
    }

    /** The labels: each customer's net value in {@code [from, to)}, floored at 0. */
    public static double[] labels(List<CustomerHistory> histories, Instant from, Instant to) {
        return histories.stream().mapToDouble(h -> h.valueIn(from, to)).toArray();
    }
}
