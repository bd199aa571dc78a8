package io.aisle.ltv.metrics;

import java.util.Arrays;
import java.util.Comparator;

/** Spearman rank correlation: Pearson correlation of the ranks, tied values sharing their mean rank. */
public final class Spearman {

    private Spearman() {
    }

    /** @return NaN when either side is constant */
    public static double correlation(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("a and b differ in length");
        }
        return pearson(ranks(a), ranks(b));
    }

    /** 1-based ranks, ascending, ties averaged. */
    static double[] ranks(double[] x) {
        Integer[] order = new Integer[x.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
        double[] ranks = new double[x.length];
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end < order.length && x[order[end]] == x[order[start]]) {
                end++;
            }
            double mean = (start + 1 + end) / 2.0; // mean of ranks start+1 .. end
            for (int k = start; k < end; k++) {
                ranks[order[k]] = mean;
            }
            start = end;
        }
        return ranks;
    }

    private static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(Double.NaN);
        double my = Arrays.stream(y).average().orElse(Double.NaN);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Double.NaN;
    }
}
