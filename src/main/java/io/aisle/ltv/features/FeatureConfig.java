package io.aisle.ltv.features;

/**
 * Which optional feature groups to build.
 *
 * @param topCategories K: one share column for each of the K most frequent categories in the
 *                      training set; 0 (or no categories in the data) leaves the category mix out
 * @param activity      whether to add the event-log activity counts
 */
public record FeatureConfig(int topCategories, boolean activity) {

    public FeatureConfig {
        if (topCategories < 0) {
            throw new IllegalArgumentException("topCategories must be >= 0");
        }
    }

    /** For sources with neither categories nor an event log (CDNOW, Online Retail files). */
    public static FeatureConfig purchasesOnly() {
        return new FeatureConfig(0, false);
    }
}
