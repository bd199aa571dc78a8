package io.aisle.recommend.service;

import io.aisle.recommend.model.EvalCase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Customers' product sequences turned into what the model trains on: items numbered 1..n (0 is padding),
 * repeats of the same item in a row collapsed (a basket line split over events is one interaction), short
 * sequences left out. A share of the customers is held out for validation (early stopping and the promotion
 * gate): their newest item is to be predicted from the rest (leave-one-out). Who is held out depends only on
 * the customer id and the seed, so the same customers validate every run and a newer run's validation items
 * were never trained on by the version it is compared with. Everyone else trains
 * on their whole sequence, so the served model has learned from the latest behaviour of most customers.
 *
 * @param productIdByIndex product id of each item index; element 0 is unused
 * @param training         whole sequences, and the validation customers' sequences without their newest item
 * @param validation       the validation customers' newest items, each to be predicted from the rest
 */
public record TrainingData(long[] productIdByIndex, List<int[]> training, List<EvalCase> validation) {

    public int itemCount() {
        return productIdByIndex.length - 1;
    }

    /**
     * @param minLength       sequences with fewer items (after collapsing repeats) are left out
     * @param validationShare share of the kept sequences held out for validation (at least one)
     */
    public static TrainingData of(Map<String, List<Long>> byCustomer, int minLength, double validationShare,
                                  long seed) {
        Map<String, List<Long>> kept = new LinkedHashMap<>();
        TreeSet<Long> products = new TreeSet<>();
        for (Map.Entry<String, List<Long>> customer : byCustomer.entrySet()) {
            List<Long> collapsed = collapseRepeats(customer.getValue());
            if (collapsed.size() >= Math.max(2, minLength)) {
                kept.put(customer.getKey(), collapsed);
                products.addAll(collapsed);
            }
        }
        long[] productIdByIndex = new long[products.size() + 1];
        Map<Long, Integer> indexByProduct = new HashMap<>();
        int next = 1;
        for (long id : products) {
            productIdByIndex[next] = id;
            indexByProduct.put(id, next++);
        }
        List<int[]> training = new ArrayList<>(kept.size());
        List<EvalCase> validation = new ArrayList<>();
        for (Map.Entry<String, List<Long>> customer : kept.entrySet()) {
            int[] items = customer.getValue().stream().mapToInt(indexByProduct::get).toArray();
            boolean last = training.size() == kept.size() - 1;
            if (validates(customer.getKey(), seed, validationShare) || (last && validation.isEmpty())) {
                int[] history = Arrays.copyOf(items, items.length - 1);
                training.add(history);
                validation.add(new EvalCase(history, items[items.length - 1]));
            } else {
                training.add(items);
            }
        }
        return new TrainingData(productIdByIndex, training, validation);
    }

    /** A uniform draw in [0, 1) from the customer id and seed (SplitMix64's finaliser), below the share. */
    static boolean validates(String customerId, long seed, double share) {
        long h = seed * 0x9E3779B97F4A7C15L + customerId.hashCode();
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        return (h >>> 11) * 0x1.0p-53 < share;
    }

    /**
     * A product sequence in a model's item numbering, as the model reads it: repeats in a row collapsed,
     * products the model does not know skipped.
     */
    static int[] knownIndices(List<Long> productIds, Map<Long, Integer> indexByProduct) {
        return collapseRepeats(productIds).stream().map(indexByProduct::get).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).toArray();
    }

    static List<Long> collapseRepeats(List<Long> sequence) {
        List<Long> out = new ArrayList<>(sequence.size());
        for (Long id : sequence) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(id)) {
                out.add(id);
            }
        }
        return out;
    }
}
