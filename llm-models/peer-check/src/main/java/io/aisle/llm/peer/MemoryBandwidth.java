package io.aisle.llm.peer;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The machine's main-memory read bandwidth as a plain Java loop sees it: one thread per core sums
 * its share of a 1 GiB array (far beyond any cache), best of several passes. Decoding one token
 * streams every weight once, so bandwidth / model bytes bounds decode tokens/s. Written in Java 17
 * so that the main project can take it over. Prints one JSON line.
 */
public final class MemoryBandwidth {

    private static final int LONGS = 1 << 27; // 1 GiB
    private static final int PASSES = 7;

    private MemoryBandwidth() {
    }

    public static void main(String[] args) throws Exception {
        long[] data = new long[LONGS];
        for (int i = 0; i < data.length; i++) {
            data[i] = i; // touch every page, so that no pass measures page faults
        }
        int threads = Runtime.getRuntime().availableProcessors();
        double single = best(data, 1);
        double all = best(data, threads);
        System.out.printf("{\"bytes\":%d,\"passes\":%d,\"singleThreadGBps\":%.2f,\"threads\":%d,\"allThreadsGBps\":%.2f}%n",
                (long) LONGS * Long.BYTES, PASSES, single, threads, all);
    }

    private static double best(long[] data, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            double best = 0;
            for (int pass = 0; pass < PASSES; pass++) {
                long start = System.nanoTime();
                long checksum = sumInParallel(pool, data, threads);
                long nanos = System.nanoTime() - start;
                if (checksum != (long) data.length * (data.length - 1) / 2) {
                    throw new IllegalStateException("Wrong sum " + checksum); // and the JIT cannot drop the loop
                }
                best = Math.max(best, (double) data.length * Long.BYTES / nanos);
            }
            return best;
        } finally {
            pool.shutdown();
        }
    }

    private static long sumInParallel(ExecutorService pool, long[] data, int threads) throws Exception {
        @SuppressWarnings("unchecked")
        Future<Long>[] parts = new Future[threads];
        int share = data.length / threads;
        for (int t = 0; t < threads; t++) {
            int from = t * share;
            int to = t == threads - 1 ? data.length : from + share;
            parts[t] = pool.submit(() -> sum(data, from, to));
        }
        long total = 0;
        for (Future<Long> part : parts) {
            total += part.get();
        }
        return total;
    }

    private static long sum(long[] data, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += data[i];
        }
        return sum;
    }
}
