package io.aisle.llm.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.aisle.llm.runtime.gemv.F32Rows;

/**
 * One layer's keys and values of one sequence, [kvHeads, capacity, headDim] each, allocated once
 * at the sequence's capacity so appending never copies the past. On the CPU each lives in an off-heap
 * {@link F32Rows} (a row per kv head and position) that its PyTorch array wraps without a copy: a
 * prefill stores through PyTorch and a token decoded in Java reads and appends the same memory.
 */
final class KvCache {

    private final int capacity;
    private final int kvHeads;
    private final int headDim;
    private final NDArray keys;
    private final NDArray values;
    /** The same memory as keys and values, or null on a GPU. */
    private final F32Rows hostKeys;
    private final F32Rows hostValues;

    KvCache(ModelConfig config, int capacity, NDManager manager, Precision precision) {
        this.capacity = capacity;
        this.kvHeads = config.numKeyValueHeads();
        this.headDim = config.headDim();
        Shape shape = new Shape(kvHeads, capacity, headDim);
        if (manager.getDevice().isGpu()) {
            hostKeys = null;
            hostValues = null;
            keys = manager.zeros(shape, precision.compute());
            values = manager.zeros(shape, precision.compute());
        } else {
            hostKeys = F32Rows.allocate(kvHeads * capacity, headDim);
            hostValues = F32Rows.allocate(kvHeads * capacity, headDim);
            keys = manager.create(hostKeys.buffer(), shape, DataType.FLOAT32);
            values = manager.create(hostValues.buffer(), shape, DataType.FLOAT32);
        }
    }

    /** Stores new keys and values, [tokens, kvHeads, headDim], at positions [start, start + tokens). */
    void store(NDArray newKeys, NDArray newValues, int start) {
        long tokens = newKeys.getShape().get(0);
        NDIndex slots = new NDIndex(":, {}:{}, :", start, start + tokens);
        keys.set(slots, newKeys.transpose(1, 0, 2));
        values.set(slots, newValues.transpose(1, 0, 2));
    }

    /**
     * Stores one position's keys and values from Java: kvHeads vectors of headDim each, back to back,
     * from qkv[keysAt] and qkv[valuesAt].
     */
    void store(float[] qkv, int keysAt, int valuesAt, int position) {
        F32Rows keyRows = hostKeys();
        F32Rows valueRows = hostValues();
        for (int h = 0; h < kvHeads; h++) {
            keyRows.setRow(h * capacity + position, qkv, keysAt + h * headDim);
            valueRows.setRow(h * capacity + position, qkv, valuesAt + h * headDim);
        }
    }

    /** Keys of positions [0, length) as [kvHeads, length, headDim], owned by the step. */
    NDArray keys(int length, NDManager step) {
        return prefix(keys, length, step);
    }

    NDArray values(int length, NDManager step) {
        return prefix(values, length, step);
    }

    /** Keys as rows, kv head h's position p at row h * capacity + p: the memory PyTorch's array reads. */
    F32Rows hostKeys() {
        return host(hostKeys);
    }

    F32Rows hostValues() {
        return host(hostValues);
    }

    int capacity() {
        return capacity;
    }

    private static F32Rows host(F32Rows rows) {
        if (rows == null) {
            throw new IllegalStateException("A cache on a GPU has no host memory");
        }
        return rows;
    }

    private static NDArray prefix(NDArray cache, int length, NDManager step) {
        NDArray view = cache.get(":, :{}, :", length);
        view.attach(step);
        return view;
    }
}
