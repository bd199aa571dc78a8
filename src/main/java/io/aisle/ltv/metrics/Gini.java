package io.aisle.ltv.metrics;

/**
 * Normalized Gini as in the ZILN paper and google/lifetime_value: sort customers by prediction
 * (highest first), take the cumulative share of the actual total (the gain curve), raw Gini =
 * 2 * mean(cumulative share) - 1, and divide by the raw Gini of the perfect ordering (by actual
 * value). 1 is a perfect ranking, 0 a random one.
 */
public final class Gini {

    private Gini() {
    }

    /** @return NaN when the actual total is not positive or all actual values are equal */
    public static double normalized(double[] actual, double[] predicted) {
        double model = raw(RankedOutcomes.byPrediction(actual, predicted));
        double perfect = raw(RankedOutcomes.perfect(actual));
        return perfect > 0 ? model / perfect : Double.NaN;
    }

    /** Raw Gini of actual values already in ranked order. */
    static double raw(double[] ranked) {
        double total = 0;
        for (double v : ranked) {
            total += v;
        }
        if (total <= 0) {
            return Double.NaN;
        }
        double cumulative = 0;
        double sumOfShares = 0;
        for (double v : ranked) {
            cumulative += v;
            sumOfShares += cumulative / total;
        }
        return 2 * sumOfShares / ranked.length - 1;
    }
}
