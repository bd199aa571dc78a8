package io.aisle.ltv.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Customers grouped by identical (x, t<sub>x</sub>, T), each pattern with its count, and the distinct
 * time values among all recencies and ages. The likelihood of a group is its count times one
 * member's, which is how Fader, Hardie &amp; Lee fit CDNOW in a spreadsheet. With whole-day data both
 * reductions are large: customers without repeat purchases collapse into one pattern per acquisition
 * day, and ln(α + t) is needed for a few hundred distinct days instead of once per customer.
 */
final class PurchasePatterns {

    final int[] frequency;
    final int[] recencyIndex;
    final int[] ageIndex;
    final double[] count;
    /** The distinct recencies and ages, which {@link #recencyIndex} and {@link #ageIndex} point into. */
    final double[] times;
    final int maxFrequency;

    private PurchasePatterns(Map<Pattern, Integer> counts) {
        int size = counts.size();
        frequency = new int[size];
        recencyIndex = new int[size];
        ageIndex = new int[size];
        count = new double[size];
        Map<Double, Integer> timeIndex = new HashMap<>();
        int i = 0;
        int max = 0;
        for (Map.Entry<Pattern, Integer> e : counts.entrySet()) {
            Pattern p = e.getKey();
            frequency[i] = p.frequency();
            recencyIndex[i] = timeIndex.computeIfAbsent(p.recency(), t -> timeIndex.size());
            ageIndex[i] = timeIndex.computeIfAbsent(p.age(), t -> timeIndex.size());
            count[i] = e.getValue();
            max = Math.max(max, p.frequency());
            i++;
        }
        times = new double[timeIndex.size()];
        timeIndex.forEach((time, index) -> times[index] = time);
        maxFrequency = max;
    }

    static PurchasePatterns of(List<CustomerSummary> customers) {
        Map<Pattern, Integer> counts = new LinkedHashMap<>();
        for (CustomerSummary c : customers) {
            counts.merge(new Pattern(c.frequency(), c.recency(), c.age()), 1, Integer::sum);
        }
        return new PurchasePatterns(counts);
    }

    int size() {
        return count.length;
    }

    private record Pattern(int frequency, double recency, double age) {
    }
}
