package io.aisle.llm.runtime.gemv;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Splits a matrix-vector product's rows over a fixed number of threads: the caller and a small pool of
 * daemon threads take chunks of rows from a shared counter until none are left. Many more chunks than
 * threads, so a thread the OS leaves waiting (the machine is shared) does not hold the others up: the
 * rest take its chunks. The count is the runtime's thread setting, the same one PyTorch gets for the
 * rest of the step, so the two never run at once on more cores.
 */
public final class RowWorkers implements AutoCloseable {

    /** Computes rows [from, to). */
    @FunctionalInterface
    public interface Rows {
        void compute(int from, int to);
    }

    private static final int CHUNKS_PER_THREAD = 8;
    /** Chunks start at multiples of this, so the kernels' passes (two or four rows) never straddle them. */
    private static final int ROWS_PER_PASS = 4;
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

    /** Computes rows [0, rows) of a kernel in chunks that start at multiples of its rows per pass. */
    public void run(int rows, Rows work) {
        run(rows, ROWS_PER_PASS, work);
    }

    /**
     * Computes items [0, items) in chunks that may start at any item: for work that is not a kernel's
     * rows (attention heads), so that even a few items split evenly.
     */
    public void runItems(int items, Rows work) {
        run(items, 1, work);
    }

    private void run(int rows, int alignment, Rows work) {
        int chunks = Math.min(threads * CHUNKS_PER_THREAD, rows / alignment);
        if (pool == null || chunks < 2) {
            work.compute(0, rows);
            return;
        }
        Job job = new Job(rows, chunks, alignment, work, Thread.currentThread());
        for (int t = 1; t < threads; t++) {
            pool.execute(job::take);
        }
        job.take();
        job.awaitDone();
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

    /** One product's chunks; a helper that starts after all chunks are taken finds none and returns. */
    private static final class Job {
        private final int rows;
        private final int chunks;
        private final int alignment;
        private final Rows work;
        private final Thread caller;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Job(int rows, int chunks, int alignment, Rows work, Thread caller) {
            this.rows = rows;
            this.chunks = chunks;
            this.alignment = alignment;
            this.work = work;
            this.caller = caller;
        }

        void take() {
            for (int chunk = next.getAndIncrement(); chunk < chunks; chunk = next.getAndIncrement()) {
                try {
                    work.compute(boundary(chunk), boundary(chunk + 1));
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
                if (done.incrementAndGet() == chunks) {
                    LockSupport.unpark(caller);
                }
            }
        }

        private int boundary(int chunk) {
            return chunk == chunks ? rows : (int) ((long) rows * chunk / chunks) / alignment * alignment;
        }

        void awaitDone() {
            while (done.get() < chunks) {
                LockSupport.park(this);
            }
            Throwable e = failure.get();
            if (e != null) {
                throw new IllegalStateException("A matrix product failed", e);
            }
        }
    }
}
