package io.aisle.ltv.features;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which columns a feature vector has and how to compute them, before standardisation: the
 * purchase columns, then one share per category of {@code categories}, then (if configured) activity.
 *
 * @param categories the category vocabulary fitted on the training set; empty without categories
 */
public record FeatureLayout(FeatureConfig config, List<String> categories) {

    public FeatureLayout {
        categories = List.copyOf(categories);
    }

    public List<String> names() {
        List<String> names = new ArrayList<>(PurchaseFeatures.NAMES);
        categories.forEach(c -> names.add("category_share:" + c));
        if (config.activity()) {
            names.addAll(ActivityFeatures.NAMES);
        }
        return List.copyOf(names);
    }

    public int size() {
        return PurchaseFeatures.NAMES.size() + categories.size()
                + (config.activity() ? ActivityFeatures.NAMES.size() : 0);
    }

    /** The unscaled feature vector of one customer from what happened before {@code cutoff}. */
    public double[] raw(CustomerHistory history, Instant cutoff) {
        List<Transaction> past = history.before(cutoff);
        double[] out = new double[size()];
        double[] purchases = PurchaseFeatures.compute(past, cutoff);
        System.arraycopy(purchases, 0, out, 0, purchases.length);
        double[] shares = CategoryMix.shares(past, categories);
        System.arraycopy(shares, 0, out, purchases.length, shares.length);
        if (config.activity()) {
            double[] activity = ActivityFeatures.compute(history.activity(), cutoff);
            System.arraycopy(activity, 0, out, purchases.length + shares.length, activity.length);
        }
        return out;
    }
}
