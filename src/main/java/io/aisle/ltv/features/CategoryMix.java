package io.aisle.ltv.features;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Category shares of a customer's ordered lines, over a vocabulary fitted on the training set. */
final class CategoryMix {

    private CategoryMix() {
    }

    /**
     * The {@code k} categories with most ordered lines before {@code cutoff} across all customers;
     * ties by name so that the columns do not depend on input order. Empty when no line has a category.
     */
    static List<String> topCategories(List<CustomerHistory> histories, Instant cutoff, int k) {
        Map<String, Long> lines = new HashMap<>();
        for (CustomerHistory h : histories) {
            for (Transaction t : h.before(cutoff)) {
                if (t.isOrder()) {
                    t.categories().forEach(c -> lines.merge(c, 1L, Long::sum));
                }
            }
        }
        return lines.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(k)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Share of the customer's ordered lines in each vocabulary category (0 without lines). */
    static double[] shares(List<Transaction> past, List<String> vocabulary) {
        double[] shares = new double[vocabulary.size()];
        long total = 0;
        for (Transaction t : past) {
            if (!t.isOrder()) {
                continue;
            }
            for (String category : t.categories()) {
                total++;
                int i = vocabulary.indexOf(category);
                if (i >= 0) {
                    shares[i]++;
                }
            }
        }
        for (int i = 0; total > 0 && i < shares.length; i++) {
            shares[i] /= total;
        }
        return shares;
    }
}
