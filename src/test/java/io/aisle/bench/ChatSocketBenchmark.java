package io.aisle.bench;

import static io.aisle.bench.BenchmarkReport.count;
import static io.aisle.bench.HttpLoad.ms;
import static io.aisle.bench.HttpLoad.percentile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aisle.assistant.AssistantFixtures.Chat;
import io.aisle.assistant.ws.ChatSocketClient;
import io.aisle.catalog.demo.DemoStoreLoader;
import io.aisle.embedding.service.CatalogEmbeddingService;
import io.aisle.embedding.service.TextEmbedders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Grounded-mode turns over the chat WebSocket against the full demo store (3,922 products, embedded): each client
 * holds its own conversation and sends its next message when the previous answer's {@code done} arrives (closed
 * loop), through a script of shopper messages mixing searches with price filters, follow-ups, recommendations,
 * policy questions and small talk. Measured end to end from a JDK WebSocket client in the same JVM.
 */
@QuarkusTest
@Tag("benchmark")
class ChatSocketBenchmark {

    static final Path DATASET = Path.of("db/demo/online-retail.csv.gz");
    static final int TURNS_PER_CLIENT = Integer.getInteger("bench.chat.turns", 48);
    static final int WARM_UP_TURNS = 12;

    /** What shoppers write, with the kind of turn each is (for the breakdown). */
    static final List<String[]> SCRIPT = List.of(
            new String[] {"search", "red lantern under 10"},
            new String[] {"search", "cheaper ones?"},
            new String[] {"search", "jumbo bag red retrospot"},
            new String[] {"policy", "how long does delivery take"},
            new String[] {"search", "cake stand under 15 pounds"},
            new String[] {"small talk", "hi there"},
            new String[] {"search", "do u have lunch bags for kids"},
            new String[] {"recommend", "what's popular right now"},
            new String[] {"search", "heart t-light holder"},
            new String[] {"policy", "can i return something i bought"},
            new String[] {"search", "christmas bunting below 5"},
            new String[] {"small talk", "thanks!"});

    record Turn(String kind, double firstFrameMs, double doneMs) {
    }

    record Run(int clients, List<Turn> turns, double seconds) {
        double perSecond() {
            return turns.size() / seconds;
        }

        List<Double> done() {
            return turns.stream().map(Turn::doneMs).toList();
        }
    }

    @Inject
    DataSource dataSource;
    @Inject
    DemoStoreLoader loader;
    @Inject
    CatalogEmbeddingService embedding;
    @Inject
    TextEmbedders embedders;

    @Test
    void groundedTurnsOverTheChatSocket() throws Exception {
        BenchmarkReport section = BenchmarkReport.start("assistant-chat-socket",
                "Assistant: grounded-mode turns over the chat WebSocket", getClass(), "-Dtest=" + getClass().getSimpleName());
        loader.load(DATASET, false);
        embedding.sync(embedders.active(), false);

        run(8, WARM_UP_TURNS);
        Run one = run(1, TURNS_PER_CLIENT);
        Run eight = run(8, TURNS_PER_CLIENT);

        List<List<String>> rows = new ArrayList<>();
        for (Run r : List.of(one, eight)) {
            List<Double> first = r.turns().stream().map(Turn::firstFrameMs).toList();
            rows.add(List.of(String.valueOf(r.clients()), count(r.turns().size()),
                    String.format(Locale.ROOT, "%.1f", r.perSecond()), ms(percentile(r.done(), 0.50)),
                    ms(percentile(r.done(), 0.95)), ms(percentile(r.done(), 0.99)), ms(percentile(first, 0.50)),
                    ms(percentile(first, 0.95))));
        }
        List<List<String>> byKind = new ArrayList<>();
        Map<String, List<Turn>> kinds = new TreeMap<>();
        eight.turns().forEach(t -> kinds.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(t));
        kinds.forEach((kind, turns) -> {
            List<Double> done = turns.stream().map(Turn::doneMs).toList();
            byKind.add(List.of(kind, count(turns.size()), ms(percentile(done, 0.50)), ms(percentile(done, 0.95))));
        });
        section.paragraph("Each client starts a conversation (`POST /assistant/conversations`), opens "
                        + "`/assistant/ws/{id}` with the JDK's `java.net.http.WebSocket` and sends the " + SCRIPT.size()
                        + "-message script below in a loop, the next message when the previous answer's `done` frame "
                        + "arrives; " + TURNS_PER_CLIENT + " turns per client after " + WARM_UP_TURNS + " warm-up turns "
                        + "per client. A turn is the whole grounded path: input guard, intent classification "
                        + "(embedding + softmax), slot extraction, tools (hybrid search over the embedded demo store, "
                        + "recommendations, policy retrieval), the composed answer streamed word by word, messages and "
                        + "tool calls stored, `chat_turn` events queued. Latency: message sent → `done` received; first "
                        + "frame: message sent → first `progress` or `token` frame. Turns/s = all turns / wall time. "
                        + "Socket workers: `aisle.assistant.ws.workers` = 8.")
                .table(List.of("clients", "turns", "turns/s", "p50 ms", "p95 ms", "p99 ms", "first frame p50 ms",
                        "first frame p95 ms"), rows)
                .paragraph("By kind of turn, 8 clients:")
                .table(List.of("kind", "turns", "p50 ms", "p95 ms"), byKind)
                .paragraph("Script: " + String.join(" · ", SCRIPT.stream().map(s -> "\"" + s[1] + "\"").toList()) + ".")
                .write(dataSource);
    }

    private Run run(int clients, int turnsPerClient) throws Exception {
        ConcurrentLinkedQueue<Turn> turns = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c * 5; // clients are at different points of the script
                futures.add(pool.submit(() -> {
                    converse(offset, turnsPerClient, turns);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Run(clients, new ArrayList<>(turns), (System.nanoTime() - started) / 1e9);
    }

    private static void converse(int offset, int count, ConcurrentLinkedQueue<Turn> out) throws Exception {
        Chat chat = Chat.start(null);
        try (ChatSocketClient socket = ChatSocketClient.connect(RestAssured.port, chat.id, chat.token)) {
            socket.untilDone();
            for (int i = 0; i < count; i++) {
                String[] line = SCRIPT.get((offset + i) % SCRIPT.size());
                long t0 = System.nanoTime();
                socket.send(Map.of("type", "message", "text", line[1]));
                JsonNode first = socket.next();
                double firstMs = (System.nanoTime() - t0) / 1e6;
                List<JsonNode> rest = "done".equals(first.get("type").asText()) ? List.of() : socket.untilDone();
                double doneMs = (System.nanoTime() - t0) / 1e6;
                List<String> types = new ArrayList<>(List.of(first.get("type").asText()));
                rest.forEach(f -> types.add(f.get("type").asText()));
                assertTrue(!types.contains("error") && types.contains("token"), "\"" + line[1] + "\" -> " + rest);
                assertEquals("bot", rest.stream().filter(f -> "state".equals(f.get("type").asText())).findFirst()
                        .orElseThrow().get("state").asText());
                out.add(new Turn(line[0], firstMs, doneMs));
            }
        }
    }
}
