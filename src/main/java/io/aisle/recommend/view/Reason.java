package io.aisle.recommend.view;

/**
 * Why an item is recommended, built from data: the history item it is closest to ({@code kind} "history",
 * {@code basedOnSku} set), or its popularity ({@code kind} "trending").
 */
public record Reason(String kind, String text, String basedOnSku) {
}
