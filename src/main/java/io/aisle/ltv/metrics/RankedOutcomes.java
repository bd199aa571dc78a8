package io.aisle.ltv.metrics;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Actual values ordered by prediction, highest first, where customers with equal predictions
 * share their group's mean actual value. A model that predicts many ties (the last-period
 * baseline predicts 0 for most customers) thus gets the expected score over random orderings of
 * the ties, instead of one that depends on input order.
 */
final class RankedOutcomes {

    private RankedOutcomes() {
    }

    static double[] byPrediction(double[] actual, double[] predicted) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException("actual and predicted differ in length");
        }
        Integer[] order = new Integer[actual.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> predicted[i]).reversed());
        double[] ranked = new double[actual.length];
        int start = 0;
        while (start < order.length) {
            int end = start;
            double sum = 0;
            while (end < order.length && predicted[order[end]] == predicted[order[start]]) {
                sum += actual[order[end]];
                end++;
            }
            Arrays.fill(ranked, start, end, sum / (end - start));
            start = end;
        }
        return ranked;
    }

    /** Actual values sorted descending: the perfect model's ordering. */
    static double[] perfect(double[] actual) {
        double[] sorted = actual.clone();
        Arrays.sort(sorted);
        for (int i = 0, j = sorted.length - 1; i < j; i++, j--) {
            double t = sorted[i];
            sorted[i] = sorted[j];
            sorted[j] = t;
        }
        return sorted;
    }
}
