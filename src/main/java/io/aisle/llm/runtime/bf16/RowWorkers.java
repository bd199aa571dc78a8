package io.aisle.llm.runtime.bf16;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Splits a matrix-vector product's rows over a fixed number of threads: the caller takes the first
 * share and a small pool of daemon threads the others. The count is the runtime's thread setting,
 * the same one PyTorch gets for the rest of the step, so the two never run at once on more cores.
 */
public final class RowWorkers implements AutoCloseable {

    /** Computes rows [from, to). */
    @FunctionalInterface
    public interface Rows {
        void compute(int from, int to);
    }

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int threads;
    private final ExecutorService pool;

    public RowWorkers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive, got " + threads);
        }
        this.threads = threads;
        int id = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, task -> {
            Thread thread = new Thread(task, "aisle-llm-gemv-" + id + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public void run(int rows, Rows work) {
        if (pool == null || rows < 2 * threads) {
            work.compute(0, rows);
            return;
        }
        List<Future<?>> others = new ArrayList<>(threads - 1);
        for (int t = 1; t < threads; t++) {
            int from = boundary(rows, t);
            int to = boundary(rows, t + 1);
            others.add(pool.submit(() -> work.compute(from, to)));
        }
        work.compute(0, boundary(rows, 1));
        for (Future<?> other : others) {
            try {
                other.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted during a matrix product", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("A matrix product failed", e.getCause());
            }
        }
    }

    /** Even row boundaries, so the kernel's two-row passes never straddle threads. */
    private int boundary(int rows, int share) {
        return share == threads ? rows : (int) ((long) rows * share / threads) & ~1;
    }

    public int threads() {
        return threads;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
