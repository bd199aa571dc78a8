package io.aisle.bench;

import static io.aisle.bench.BenchmarkReport.count;
import static io.aisle.bench.BenchmarkReport.percent;
import static io.aisle.bench.BenchmarkReport.rate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.common.jdbc.CopyCsv;
import io.aisle.common.jdbc.PgArrays;
import io.aisle.security.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * How fast POST /events stores events, next to the fastest way into the same table (COPY), measured
 * side by side with the same rows, batch sizes and concurrency. Every run starts from an empty
 * table and must leave exactly the events it sent.
 */
@QuarkusTest
@Tag("benchmark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventIngestBenchmark {

    static final int DEFAULT_EVENTS = 100_000;
    static final int DEFAULT_REPEATS = 3;
    static final int[] BATCH_SIZES = {100, 1000};
    static final int[] CLIENTS = {1, 8};
    static final int MAX_CLIENTS = 8;
    static final double GOAL = 0.5;
    static final int GOAL_BATCH = 1000;
    static final String COPY = "COPY events (event_id, type, occurred_at, customer_id, session_id, item_ids, query, payload)"
            + " FROM STDIN (FORMAT csv)";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/events")
    URI eventsUri;

    private final int events = Integer.getInteger("bench.events", DEFAULT_EVENTS);
    /** HTTP/COPY pairs per row: on a shared machine one pair can be off by 10 points or more. */
    private final int repeats = Integer.getInteger("bench.repeats", DEFAULT_REPEATS);
    private final ExecutorService pool = Executors.newFixedThreadPool(MAX_CLIENTS);
    /** One HTTP/1.1 client per simulated client, kept across runs like a client's connection pool. */
    private final List<HttpClient> httpClients = new ArrayList<>();

    /** One generated event, as both a JSON client and a COPY loader would send it. */
    record BenchEvent(String eventId, String type, String occurredAt, String customerId, String sessionId,
                      List<String> itemIds, String query, Map<String, Object> payload) {
    }

    /** The same events, serialised both ways, batch by batch. */
    record Workload(String label, int batchSize, List<byte[]> jsonBatches, List<byte[]> csvBatches, long events,
                    long jsonBytes, long csvBytes) {
    }

    record Run(double seconds, long events, long accepted, long duplicates) {
        double perSecond() {
            return events / seconds;
        }
    }

    @BeforeAll
    void clients() {
        for (int i = 0; i < MAX_CLIENTS; i++) {
            httpClients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build());
        }
    }

    @AfterAll
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void httpIngestionAgainstRawCopy() throws Exception {
        List<String> args = new ArrayList<>();
        if (events != DEFAULT_EVENTS) {
            args.add("-Dbench.events=" + events);
        }
        if (repeats != DEFAULT_REPEATS) {
            args.add("-Dbench.repeats=" + repeats);
        }
        BenchmarkReport report = BenchmarkReport.start("event-ingest",
                "Event ingestion: POST /events against raw COPY", getClass(), String.join(" ", args));

        // untimed warm-up, one per mode, so that neither side pays for class loading and JIT
        Workload warmUp = workload("w", GOAL_BATCH);
        http(warmUp, MAX_CLIENTS, events);
        copy(warmUp, MAX_CLIENTS);

        List<List<String>> rows = new ArrayList<>();
        List<String> goalChecks = new ArrayList<>();
        boolean goalMet = true;
        Workload last = null;
        int run = 0;
        for (int batchSize : BATCH_SIZES) {
            for (int clients : CLIENTS) {
                List<Double> httpRates = new ArrayList<>();
                List<Double> copyRates = new ArrayList<>();
                List<Double> ratios = new ArrayList<>();
                for (int r = 0; r < repeats; r++) {
                    Workload w = workload("r" + (run++), batchSize);
                    Run h;
                    Run c;
                    if (r % 2 == 0) {   // alternate which side goes first, so neither always meets a fresher table
                        h = http(w, clients, events);
                        c = copy(w, clients);
                    } else {
                        c = copy(w, clients);
                        h = http(w, clients, events);
                    }
                    httpRates.add(h.perSecond());
                    copyRates.add(c.perSecond());
                    ratios.add(h.perSecond() / c.perSecond());
                    last = w;
                }
                double ratio = median(ratios);
                List<String> row = new ArrayList<>(List.of(count(batchSize), String.valueOf(clients),
                        rate(median(httpRates)), rate(median(copyRates)), percent(ratio)));
                if (repeats > 1) {
                    row.add(percent(Collections.min(ratios)) + "–" + percent(Collections.max(ratios)));
                }
                rows.add(row);
                if (batchSize == GOAL_BATCH) {
                    goalMet &= ratio >= GOAL;
                    goalChecks.add(percent(ratio) + " with " + clients + (clients == 1 ? " client" : " clients"));
                }
            }
        }

        // the same events once more into the filled table: every one is a duplicate
        assertEquals(GOAL_BATCH, last.batchSize());
        copy(last, MAX_CLIENTS);
        Run dup = http(last, MAX_CLIENTS, 0);

        List<String> header = new ArrayList<>(List.of("batch size", "clients", "HTTP events/s", "COPY events/s",
                "HTTP/COPY"));
        if (repeats > 1) {
            header.add("HTTP/COPY range");
        }
        Workload sample = last;
        report.paragraph("Per measured run: " + count(events) + " events of a realistic mix (40% product_view, "
                        + "15% search with a query, 10% add_to_cart, 3% purchase with 1-5 items, 20% rec_impression "
                        + "with 10 items, 12% chat_turn with a conversationId/role/text payload; ids unique per run), "
                        + "into an emptied `events` table, after one untimed warm-up run per mode. "
                        + "**HTTP**: `POST /events` with JSON arrays (about " + count(sample.jsonBytes() / sample.events())
                        + " bytes per event), bodies serialised before timing, java.net.http HTTP/1.1, each client "
                        + "sending its share of the batches one after another. **COPY**: `COPY events (...) FROM STDIN "
                        + "(FORMAT csv)` of exactly the same rows (about " + count(sample.csvBytes() / sample.events())
                        + " bytes per event) through the app's connection pool, one COPY per batch, one connection per "
                        + "client. The test app, the clients and PostgreSQL share the machine. "
                        + "Events/s = events / wall time of the run; after every run the table held exactly the events sent.")
                .paragraph(repeats == 1 ? "One HTTP and one COPY run per row."
                        : "Each row: " + repeats + " HTTP/COPY pairs with fresh ids, run back to back (alternating which "
                        + "goes first); the figures are medians, the range is the lowest and highest ratio of the pairs.")
                .table(header, rows)
                .paragraph("Goal: HTTP ingestion at batch " + count(GOAL_BATCH) + " reaches at least "
                        + percent(GOAL) + " of raw COPY throughput. **" + (goalMet ? "Met" : "Not met") + "**: "
                        + String.join(", ", goalChecks) + (repeats > 1 ? " (medians)." : "."))
                .paragraph("Duplicate re-send: the same " + count(events) + " events POSTed again (batch "
                        + count(GOAL_BATCH) + ", " + MAX_CLIENTS + " clients) into the filled table, all reported as "
                        + "duplicates and none stored: **" + rate(dup.perSecond()) + " events/s**.")
                .write(dataSource);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    // ---- the two ways in

    /** Posts every batch; {@code expectNew} is how many of them the log must report (and hold) as new. */
    private Run http(Workload w, int clients, long expectNew) throws Exception {
        if (expectNew > 0) {
            truncate();
        }
        LongAdder accepted = new LongAdder();
        LongAdder duplicates = new LongAdder();
        List<HttpRequest> requests = new ArrayList<>(w.jsonBatches().size());
        for (byte[] body : w.jsonBatches()) {
            requests.add(HttpRequest.newBuilder(eventsUri).timeout(Duration.ofMinutes(2))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + TestTokens.service())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        }
        double seconds = timed(clients, requests.size(), client -> {
            HttpClient http = httpClients.get(client);
            return i -> {
                HttpResponse<byte[]> response = http.send(requests.get(i), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("POST /events answered " + response.statusCode() + ": "
                            + new String(response.body(), StandardCharsets.UTF_8));
                }
                JsonNode answer = JSON.readTree(response.body());
                accepted.add(answer.get("accepted").asLong());
                duplicates.add(answer.get("duplicates").asLong());
            };
        });
        assertEquals(expectNew, accepted.sum(), w.label() + ": events reported new");
        assertEquals(w.events() - expectNew, duplicates.sum(), w.label() + ": events reported duplicate");
        assertStored(w);
        return new Run(seconds, w.events(), accepted.sum(), duplicates.sum());
    }

    private Run copy(Workload w, int clients) throws Exception {
        truncate();
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Connection connection = dataSource.getConnection();
                connection.setAutoCommit(true);
                connections.add(connection);
            }
            LongAdder copied = new LongAdder();
            double seconds = timed(clients, w.csvBatches().size(), client -> {
                CopyManager copy = connections.get(client).unwrap(PGConnection.class).getCopyAPI();
                return i -> copied.add(copy.copyIn(COPY, new ByteArrayInputStream(w.csvBatches().get(i))));
            });
            assertEquals(w.events(), copied.sum(), w.label() + ": rows reported copied");
            assertStored(w);
            return new Run(seconds, w.events(), copied.sum(), 0);
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    @FunctionalInterface
    interface BatchSender {
        void send(int batchIndex) throws Exception;
    }

    @FunctionalInterface
    interface ClientSetup {
        BatchSender prepare(int client) throws Exception;
    }

    /**
     * Client k of n sends batches k, k+n, k+2n, ... one after another. Clients are set up first; the clock
     * runs from releasing them all to the last one finishing.
     */
    private double timed(int clients, int batches, ClientSetup setup) throws Exception {
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Void>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            done.add(pool.submit(() -> {
                BatchSender sender;
                try {
                    sender = setup.prepare(client);
                } finally {
                    ready.countDown();
                }
                go.await();
                for (int i = client; i < batches; i += clients) {
                    sender.send(i);
                }
                return null;
            }));
        }
        if (!ready.await(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("clients not ready");
        }
        long started = System.nanoTime();
        go.countDown();
        for (Future<Void> f : done) {
            f.get(30, TimeUnit.MINUTES);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    // ---- the table

    private void truncate() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement()) {
            st.execute("TRUNCATE events");
        }
    }

    private void assertStored(Workload w) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT event_id) FROM events")) {
            rs.next();
            assertEquals(w.events(), rs.getLong(1), w.label() + ": rows in events");
            assertEquals(w.events(), rs.getLong(2), w.label() + ": distinct event ids in events");
        }
    }

    // ---- the workload

    private static final String[] QUERIES = {"red ceramic mug", "vintage christmas lights", "lunch bag",
            "heart shaped tealight holder", "jumbo bag pink polkadot", "cake stand 3 tier", "wooden star decoration",
            "party bunting", "hot water bottle", "alarm clock bakelike", "paper chain kit 50's christmas",
            "set of 6 spice tins", "doormat \"home sweet home\"", "glass jar, large"};
    private static final String[] CHAT = {"Do you have this in blue?", "I'm looking for a gift under £20, ideas?",
            "Which of these mugs is dishwasher safe?", "Sure: here are three \"vintage\" lamps, all in stock.",
            "Can I change the delivery address on my last order?", "The cake stand comes in white, pink and green.",
            "Something for a 5-year-old who loves dinosaurs, please", "Yes, that set ships within 2 days."};
    private static final String[] SURFACES = {"home", "pdp", "cart", "search"};

    /** The events of one run, serialised as JSON arrays and as CSV batches; ids carry the run's label. */
    private Workload workload(String label, int batchSize) {
        List<BenchEvent> all = generate(label, events);
        List<byte[]> json = new ArrayList<>();
        List<byte[]> csv = new ArrayList<>();
        long jsonBytes = 0;
        long csvBytes = 0;
        for (int from = 0; from < all.size(); from += batchSize) {
            List<BenchEvent> batch = all.subList(from, Math.min(all.size(), from + batchSize));
            byte[] j = jsonArray(batch);
            byte[] c = csv(batch);
            json.add(j);
            csv.add(c);
            jsonBytes += j.length;
            csvBytes += c.length;
        }
        return new Workload(label, batchSize, json, csv, all.size(), jsonBytes, csvBytes);
    }

    static List<BenchEvent> generate(String label, int n) {
        SplittableRandom random = new SplittableRandom(label.hashCode());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<BenchEvent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = "bench-" + label + "-" + String.format("%07d", i);
            String occurredAt = now.minusMillis(60_000 + random.nextLong(30L * 24 * 3600 * 1000)).toString();
            boolean known = random.nextInt(100) < 60;
            String customer = known ? "c-" + random.nextInt(5000) : null;
            String session = "s-" + random.nextInt(20_000);
            int dice = random.nextInt(100);
            String type;
            List<String> items = List.of();
            String query = null;
            Map<String, Object> payload = null;
            if (dice < 40) {
                type = "product_view";
                items = skus(random, 1);
            } else if (dice < 55) {
                type = "search";
                query = QUERIES[random.nextInt(QUERIES.length)];
            } else if (dice < 65) {
                type = "add_to_cart";
                items = skus(random, 1);
            } else if (dice < 68) {
                type = "purchase";
                items = skus(random, 1 + random.nextInt(5));
            } else if (dice < 88) {
                type = "rec_impression";
                items = skus(random, 10);
                payload = Map.of("surface", SURFACES[random.nextInt(SURFACES.length)]);
            } else {
                type = "chat_turn";
                payload = new LinkedHashMap<>();
                payload.put("conversationId", "conv-" + random.nextInt(10_000));
                payload.put("role", random.nextBoolean() ? "user" : "assistant");
                payload.put("text", CHAT[random.nextInt(CHAT.length)]);
            }
            out.add(new BenchEvent(id, type, occurredAt, customer, session, items, query, payload));
        }
        return out;
    }

    private static List<String> skus(SplittableRandom random, int n) {
        List<String> skus = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            skus.add("sku-" + (10_000 + random.nextInt(4_000)));
        }
        return skus;
    }

    private static byte[] jsonArray(List<BenchEvent> batch) {
        List<Map<String, Object>> wire = new ArrayList<>(batch.size());
        for (BenchEvent e : batch) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("eventId", e.eventId());
            m.put("type", e.type());
            m.put("occurredAt", e.occurredAt());
            if (e.customerId() != null) {
                m.put("customerId", e.customerId());
            }
            m.put("sessionId", e.sessionId());
            if (!e.itemIds().isEmpty()) {
                m.put("itemIds", e.itemIds());
            }
            if (e.query() != null) {
                m.put("query", e.query());
            }
            if (e.payload() != null) {
                m.put("payload", e.payload());
            }
            wire.add(m);
        }
        try {
            return JSON.writeValueAsBytes(wire);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] csv(List<BenchEvent> batch) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(batch.size() * 200);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            for (BenchEvent e : batch) {
                String payload = e.payload() == null ? "{}" : JSON.writeValueAsString(e.payload());
                CopyCsv.row(out, e.eventId(), e.type(), e.occurredAt(), e.customerId(), e.sessionId(),
                        PgArrays.textLiteral(e.itemIds()), e.query(), payload);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
