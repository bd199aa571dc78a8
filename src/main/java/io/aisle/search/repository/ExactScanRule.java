package io.aisle.search.repository;

/**
 * Exact scan or HNSW walk for a filtered nearest-neighbour query. When filters leave n of a catalog's N products, the
 * walk visits about {@code limit × N / n} products to find {@code limit} that pass, while an exact scan computes n
 * distances. If one walked product costs as much as {@code walkCost} exact distances, the exact scan is the cheaper
 * while n ≤ √(walkCost × limit × N): the bound grows with the catalog, unlike a fixed count.
 */
public final class ExactScanRule {

    private ExactScanRule() {
    }

    /** The most filtered products to compare exactly; 0 (always walk) when {@code walkCost} is 0. */
    public static int largestExactScan(int limit, long catalogProducts, double walkCost) {
        if (walkCost < 0) {
            throw new IllegalArgumentException("walk cost must not be negative: " + walkCost);
        }
        if (walkCost == 0 || limit <= 0 || catalogProducts <= 0) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE - 1L, Math.round(Math.sqrt(walkCost * limit * (double) catalogProducts)));
    }
}
