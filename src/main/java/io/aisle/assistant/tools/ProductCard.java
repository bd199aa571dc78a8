package io.aisle.assistant.tools;

import io.aisle.catalog.mapping.ProductView;
import java.math.BigDecimal;

/** A product as the assistant shows it: the facts an answer may state about it. */
public record ProductCard(String sku, String title, BigDecimal price, String currency, int stock) {

    public static ProductCard of(ProductView view) {
        return new ProductCard(view.sku(), view.title(), view.price(), view.currency(), view.stock());
    }

    public boolean inStock() {
        return stock > 0;
    }
}
