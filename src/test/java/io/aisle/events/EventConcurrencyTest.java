package io.aisle.events;

import static io.aisle.events.EventFixtures.json;
import static io.aisle.events.EventFixtures.prefix;
import static io.aisle.events.EventFixtures.productViews;
import static io.aisle.events.EventFixtures.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.aisle.common.Db;
import io.aisle.security.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Clients retry and backfills overlap: the log must hold each event once whatever the interleaving. */
@QuarkusTest
class EventConcurrencyTest {

    private static final int THREADS = 8;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/events")
    URI events;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void sameBatchFromEightThreadsIsStoredOnce() throws Exception {
        String p = prefix();
        String batch = json(productViews(p, 500));
        List<String> bodies = Collections.nCopies(THREADS, batch);

        List<JsonNode> answers = postAllAtOnce(bodies);

        assertEquals(500, sum(answers, "accepted"), "each event is new for exactly one request");
        assertEquals(THREADS * 500L - 500, sum(answers, "duplicates"));
        assertEquals(500, stored(dataSource, p));
        assertEquals(500, Db.count(dataSource, "SELECT count(DISTINCT event_id) FROM events WHERE event_id LIKE ?", p + "%"));
    }

    @Test
    void overlappingBatchesInDifferentOrdersAreStoredOnce() throws Exception {
        String p = prefix();
        List<Map<String, Object>> all = productViews(p, 900);
        Random random = new Random(p.hashCode());
        List<String> bodies = new ArrayList<>();
        long sent = 0;
        for (int t = 0; t < THREADS; t++) {
            // windows of 300 events, each starting 100 later than the last, wrapping round, shuffled
            List<Map<String, Object>> window = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                window.add(all.get((t * 100 + i) % all.size()));
            }
            Collections.shuffle(window, random);
            if (t % 2 == 1) {
                Collections.reverse(window);
            }
            bodies.add(json(window));
            sent += window.size();
        }

        List<JsonNode> answers = postAllAtOnce(bodies);

        assertEquals(900, sum(answers, "accepted"));
        assertEquals(sent - 900, sum(answers, "duplicates"));
        assertEquals(900, stored(dataSource, p));
    }

    /** Sends each body from its own thread, all released together; every answer must be 200. */
    private List<JsonNode> postAllAtOnce(List<String> bodies) throws Exception {
        CountDownLatch ready = new CountDownLatch(bodies.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<JsonNode>> futures = new ArrayList<>();
        for (String body : bodies) {
            Callable<JsonNode> call = () -> {
                HttpRequest request = HttpRequest.newBuilder(events).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + TestTokens.service())
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                ready.countDown();
                go.await();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode(), response.body());
                return EventFixtures.JSON.readTree(response.body());
            };
            futures.add(pool.submit(call));
        }
        ready.await(30, TimeUnit.SECONDS);
        go.countDown();
        List<JsonNode> answers = new ArrayList<>();
        for (Future<JsonNode> future : futures) {
            answers.add(future.get(120, TimeUnit.SECONDS));
        }
        return answers;
    }

    private static long sum(List<JsonNode> answers, String field) {
        return answers.stream().mapToLong(a -> a.get(field).asLong()).sum();
    }
}
