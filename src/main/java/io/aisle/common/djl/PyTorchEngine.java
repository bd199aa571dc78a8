package io.aisle.common.djl;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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

    /**
     * Gives the calling thread its own number of PyTorch intra-op threads (e.g. the LLM's generation
     * worker, whose large matrix-vector products gain from more cores) and leaves every other thread
     * at the process default. PyTorch keeps the count per thread (OpenMP's and MKL's settings are
     * per calling thread) but also stores it as the default for threads that use PyTorch for the first
     * time later; that default is put back from a short-lived thread, so only a thread that starts
     * using PyTorch in the instant between the two calls could pick up the other count.
     */
    public static void useThreadsOnCurrentThread(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive, got " + threads);
        }
        get();
        int processDefault = onFreshThread(JniUtils::getNumThreads);
        // PyTorch sets a thread's count from the default on the thread's first use: make that happen
        // now, or it would undo the setting below after the default is put back
        JniUtils.getNumThreads();
        JniUtils.setNumThreads(threads);
        onFreshThread(() -> {
            JniUtils.setNumThreads(processDefault);
            return processDefault;
        });
    }

    /** PyTorch's intra-op thread count as the calling thread sees it. */
    public static int threadsOfCurrentThread() {
        return JniUtils.getNumThreads();
    }

    private static int onFreshThread(Callable<Integer> action) {
        FutureTask<Integer> task = new FutureTask<>(action);
        new Thread(task, "pytorch-thread-default").start();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting PyTorch's thread default", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("setting PyTorch's thread default failed", e.getCause());
        }
    }

    private static void setDefault(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
