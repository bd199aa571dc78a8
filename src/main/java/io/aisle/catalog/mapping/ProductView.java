package io.aisle.catalog.mapping;

import io.aisle.catalog.model.Product;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

/** A product as the API shows it. */
public record ProductView(
        String sku,
        String title,
        String description,
        String category,
        Map<String, Object> attributes,
        BigDecimal price,
        String currency,
        int stock,
        boolean inStock,
        OffsetDateTime updatedAt) {

    public static ProductView of(Product p) {
        return new ProductView(p.sku, p.title, p.description, p.categoryPath, p.attributes, p.price, p.currency,
                p.stock, p.stock > 0, p.updatedAt);
    }
}
