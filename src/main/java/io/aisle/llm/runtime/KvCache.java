package io.aisle.llm.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/**
 * One layer's keys and values of one sequence, [kvHeads, capacity, headDim] each, allocated once
 * at the sequence's capacity so appending never copies the past.
 */
final class KvCache {

    private final NDArray keys;
    private final NDArray values;

    KvCache(ModelConfig config, int capacity, NDManager manager, Precision precision) {
        Shape shape = new Shape(config.numKeyValueHeads(), capacity, config.headDim());
        keys = manager.zeros(shape, precision.compute());
        values = manager.zeros(shape, precision.compute());
    }

    /** Stores new keys and values, [tokens, kvHeads, headDim], at positions [start, start + tokens). */
    void store(NDArray newKeys, NDArray newValues, int start) {
        long tokens = newKeys.getShape().get(0);
        NDIndex slots = new NDIndex(":, {}:{}, :", start, start + tokens);
        keys.set(slots, newKeys.transpose(1, 0, 2));
        values.set(slots, newValues.transpose(1, 0, 2));
    }

    /** Keys of positions [0, length) as [kvHeads, length, headDim], owned by the step. */
    NDArray keys(int length, NDManager step) {
        return prefix(keys, length, step);
    }

    NDArray values(int length, NDManager step) {
        return prefix(values, length, step);
    }

    private static NDArray prefix(NDArray cache, int length, NDManager step) {
        NDArray view = cache.get(":, :{}, :", length);
        view.attach(step);
        return view;
    }
}
