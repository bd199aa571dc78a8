package io.aisle.recommend.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.optimizer.Optimizer;
import io.aisle.common.djl.PyTorchEngine;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The named weights of a SASRec network as plain NDArrays in their own manager. The network is
 * a few matrix products ({@link SasRecNetwork}), so holding the weights directly is simpler than
 * DJL blocks and lets the output layer reuse the item embedding. Holds native memory: close it.
 */
final class SasRecParameters implements AutoCloseable {

    /** Small normal initialisation of the embeddings, as in BERT-style transformers. */
    private static final float EMBEDDING_STD = 0.02f;

    private final NDManager manager;
    // insertion order is the serialisation order
    private final Map<String, NDArray> arrays = new LinkedHashMap<>();

    private SasRecParameters(NDManager manager) {
        this.manager = manager;
    }

    /** Fresh random weights from PyTorch's generator (seed it first for reproducibility). */
    static SasRecParameters initialise(int itemCount, SasRecConfig config) {
        SasRecParameters p = new SasRecParameters(PyTorchEngine.get().newBaseManager());
        int d = config.hiddenSize();
        NDArray item = p.manager.randomNormal(0, EMBEDDING_STD, new Shape(itemCount + 1, d), DataType.FLOAT32);
        item.set(new NDIndex(0), 0); // the padding item
        p.arrays.put("item", item);
        p.arrays.put("position", p.manager.randomNormal(0, EMBEDDING_STD, new Shape(config.maxLength(), d),
                DataType.FLOAT32));
        for (int b = 0; b < config.blocks(); b++) {
            p.norm(b + ".attentionNorm", d);
            for (String projection : new String[] {"query", "key", "value", "output", "feedForward1", "feedForward2"}) {
                p.linear(b + "." + projection, d);
            }
            p.norm(b + ".feedForwardNorm", d);
        }
        p.norm("final", d);
        return p;
    }

    /** Weights of the given shapes and values, e.g. read back from bytes. */
    static SasRecParameters of(Map<String, float[]> values, Map<String, Shape> shapes) {
        SasRecParameters p = new SasRecParameters(PyTorchEngine.get().newBaseManager());
        values.forEach((name, v) -> p.arrays.put(name, p.manager.create(v, shapes.get(name))));
        return p;
    }

    private void linear(String name, int d) {
        // Xavier (Glorot) normal: keeps the activations' variance through each d x d layer
        arrays.put(name + ".weight", manager.randomNormal(0, (float) Math.sqrt(1.0 / d), new Shape(d, d),
                DataType.FLOAT32));
        arrays.put(name + ".bias", manager.zeros(new Shape(d)));
    }

    private void norm(String name, int d) {
        arrays.put(name + ".gamma", manager.ones(new Shape(d)));
        arrays.put(name + ".beta", manager.zeros(new Shape(d)));
    }

    NDArray get(String name) {
        NDArray array = arrays.get(name);
        if (array == null) {
            throw new IllegalArgumentException("no parameter " + name);
        }
        return array;
    }

    NDManager manager() {
        return manager;
    }

    Map<String, Shape> shapes() {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        arrays.forEach((name, a) -> shapes.put(name, a.getShape()));
        return shapes;
    }

    /** A copy of all values, to keep the best epoch's weights or to serialise them. */
    Map<String, float[]> values() {
        Map<String, float[]> values = new LinkedHashMap<>();
        arrays.forEach((name, a) -> values.put(name, a.toFloatArray()));
        return values;
    }

    /** Overwrites the weights in place with values from {@link #values}. */
    void restore(Map<String, float[]> values) {
        values.forEach((name, v) -> get(name).set(v));
    }

    void attachGradients() {
        arrays.values().forEach(a -> a.setRequiresGradient(true));
    }

    /**
     * One optimiser step from the gradients of the last backward pass, unless one of them is not
     * finite: then nothing changes (Adam's moments would carry the NaN into every later step).
     * Clears the gradients either way by subtracting them from themselves, as DJL's own trainer does.
     * Not with {@code set(float[])}: on PyTorch that makes the gradient share a Java buffer that the
     * garbage collector later frees (tried: the JVM aborted with "munmap_chunk(): invalid pointer").
     * A non-finite gradient stays NaN after clearing, so every later step is skipped and training stops.
     *
     * @return whether the step was taken
     */
    boolean step(Optimizer optimizer) {
        Map<String, NDArray> gradients = new LinkedHashMap<>();
        try {
            arrays.forEach((name, weight) -> gradients.put(name, weight.getGradient()));
            boolean finite = gradients.values().stream().allMatch(SasRecParameters::finite);
            if (finite) {
                gradients.forEach((name, gradient) -> optimizer.update(name, arrays.get(name), gradient));
            }
            return finite;
        } finally {
            gradients.values().forEach(gradient -> {
                gradient.subi(gradient);
                gradient.close();
            });
        }
    }

    private static boolean finite(NDArray array) {
        try (NDArray sum = array.sum()) {
            return Float.isFinite(sum.getFloat());
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
