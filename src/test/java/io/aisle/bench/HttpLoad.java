package io.aisle.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop HTTP load: each client sends its next GET when the previous answer arrives; every answer must
 * be 200. Latency is measured per request, end to end, from a client in the same JVM.
 */
public final class HttpLoad {

    public record Latency(int clients, int requests, double p50, double p95, double p99, double mean, double perSecond) {
        public List<String> row(String label, String model) {
            return List.of(label, model, String.format(Locale.ROOT, "%,d", requests), ms(p50), ms(p95), ms(p99), ms(mean),
                    String.format(Locale.ROOT, "%.1f", perSecond));
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private HttpLoad() {
    }

    /** Sends the requests one after another, untimed. */
    public static void warmUp(List<URI> uris) throws Exception {
        for (URI uri : uris) {
            get(uri);
        }
    }

    /** Sends every request once, shared between {@code clients} clients. */
    public static Latency run(List<URI> uris, int clients) throws Exception {
        ConcurrentLinkedQueue<Double> times = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < uris.size()) {
                        long s = System.nanoTime();
                        get(uris.get(i));
                        times.add((System.nanoTime() - s) / 1e6);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<Double> all = new ArrayList<>(times);
        return new Latency(clients, all.size(), percentile(all, 0.50), percentile(all, 0.95), percentile(all, 0.99),
                all.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN), all.size() / seconds);
    }

    /** The nearest-rank percentile. */
    public static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    public static String ms(double v) {
        return String.format(Locale.ROOT, v < 10 ? "%.2f" : "%.1f", v);
    }

    private static void get(URI uri) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).GET().timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
