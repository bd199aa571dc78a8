package io.aisle.catalog.model;

import java.math.BigDecimal;

/** A validated product from an import, keyed by sku; {@code attributesJson} is a JSON object. */
public record ProductDraft(
        String sku,
        String title,
        String description,
        String categoryPath,
        String attributesJson,
        BigDecimal price,
        String currency,
        int stock) {
}
