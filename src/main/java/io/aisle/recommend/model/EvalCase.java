package io.aisle.recommend.model;

/**
 * A user's history and the item to predict; items are dense indices 1..itemCount, 0 is padding.
 *
 * @param history the user's items in time order, before {@code target}
 */
public record EvalCase(int[] history, int target) {
}
