package io.aisle.common.djl;

import ai.djl.engine.Engine;

/**
 * The PyTorch engine, started with one intra-op and one inter-op thread unless the JVM says
 * otherwise (set {@code ai.djl.pytorch.num_threads} to override). The ZILN network is tiny: on 2
 * busy cores PyTorch's default of one thread per core made training 30-70 times slower (its
 * worker threads wait on each other for every small matrix product), and a single thread also
 * keeps results independent of the machine's core count.
 */
public final class PyTorchEngine {

    public static final String NAME = "PyTorch";

    /**
     * Held by every training: PyTorch's random seed and its single active gradient collector are
     * process-wide, so trainings run one at a time to stay reproducible and not collide.
     */
    public static final Object TRAINING_LOCK = new Object();

    private PyTorchEngine() {
    }

    /** The engine; call before the first model or NDManager so that the thread settings apply. */
    public static Engine get() {
        // read once, when the engine starts; a value set by the JVM or an earlier user wins
        setDefault("ai.djl.pytorch.num_threads", "1");
        setDefault("ai.djl.pytorch.num_interop_threads", "1");
        return Engine.getEngine(NAME);
    }

    private static void setDefault(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
