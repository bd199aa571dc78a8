package io.aisle.embedding.repository;

import java.util.regex.Pattern;

/**
 * Model names and dimensions are written into SQL text (partial-index predicates and casts must be literals
 * for the planner to use a model's HNSW index), so they are checked here first.
 */
public final class ModelNames {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");
    public static final int MAX_DIMENSION = 2000;

    private ModelNames() {
    }

    /** @return the name, safe to put between single quotes in SQL */
    public static String checked(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("model name must match " + NAME.pattern() + ": " + name);
        }
        return name;
    }

    public static int checkedDimension(int dimension) {
        if (dimension < 1 || dimension > MAX_DIMENSION) {
            throw new IllegalArgumentException("dimension must be 1-" + MAX_DIMENSION + ": " + dimension);
        }
        return dimension;
    }

    /** The HNSW index of a model's vectors, e.g. {@code product_vec_hnsw_all_minilm_l6_v2_384}. */
    public static String indexName(String name, int dimension) {
        return indexPrefix(name) + checkedDimension(dimension);
    }

    static String indexPrefix(String name) {
        return "product_vec_hnsw_" + checked(name).replaceAll("[^a-z0-9]", "_") + "_";
    }
}
