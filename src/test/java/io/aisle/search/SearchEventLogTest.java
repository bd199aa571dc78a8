package io.aisle.search;

import static io.aisle.search.SearchFixtures.importShop;
import static io.aisle.search.SearchFixtures.root;
import static io.aisle.search.SearchFixtures.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.common.Db;
import io.aisle.events.model.IngestResult;
import io.aisle.events.service.EventIngestService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every search is appended to the event log as a "search" event; logging never breaks a search. */
@QuarkusTest
class SearchEventLogTest {

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    private final ObjectMapper json = new ObjectMapper();
    private String t;

    @BeforeEach
    void shop() {
        t = token();
        importShop(t);
    }

    @Test
    void aSearchIsLoggedWithQueryFiltersShownItemsAndLatency() throws Exception {
        String session = "sess-" + t;
        ExtractableResponse<Response> response = given().header("X-Session-Id", session)
                .queryParam("q", "lantern under 20").queryParam("category", root(t)).queryParam("mode", "keyword")
                .get("/search").then().statusCode(200).header("X-Session-Id", session).extract();
        String searchId = response.path("searchId");
        List<String> shown = response.path("items.product.sku");
        assertEquals(2, shown.size());

        String row = awaitEvent(searchId);
        JsonNode event = json.readTree(row);
        assertEquals("search", event.get("type").asText());
        assertEquals(session, event.get("session").asText());
        assertEquals("lantern under 20", event.get("query").asText());
        assertEquals(shown, Arrays.asList(json.treeToValue(event.get("items"), String[].class)));
        JsonNode payload = event.get("payload");
        assertTrue(payload.get("latencyMs").asLong() >= 0);
        assertEquals("keyword", payload.get("mode").asText());
        assertEquals(root(t), payload.get("requested").get("category").asText());
        assertEquals(root(t), payload.get("filters").get("category").asText());
        assertEquals(20, payload.get("filters").get("price").get("max").asInt());
        assertEquals("lantern", payload.get("text").asText());
        assertEquals(2, payload.get("total").asInt());
    }

    @Test
    void withoutASessionHeaderAnAnonymousSessionIsMadeUpAndReturned() throws Exception {
        ExtractableResponse<Response> response = given().queryParam("q", "teapot").queryParam("category", root(t))
                .get("/search").then().statusCode(200).header("X-Session-Id", startsWith("anon-")).extract();
        String session = response.header("X-Session-Id");
        assertEquals(session, response.path("sessionId"));
        awaitEvent(response.path("searchId"));
        assertEquals(1, Db.count(dataSource, "SELECT count(*) FROM events WHERE session_id = ? AND type = 'search'"
                + " AND event_id = ?", session, response.path("searchId")));
    }

    @Test
    void aSessionIdTheLogWouldRejectIsReplaced() {
        given().header("X-Session-Id", "x".repeat(200)).queryParam("q", "mug").queryParam("category", root(t))
                .get("/search").then().statusCode(200).header("X-Session-Id", startsWith("anon-"));
    }

    @Test
    void aFailingEventLogDoesNotFailTheSearch() throws Exception {
        double before = registry.counter("aisle.search.events.failed").count();
        QuarkusMock.installMockForType(new EventIngestService(null, null, null, null, new SimpleMeterRegistry()) {
            @Override
            public IngestResult ingestBatch(JsonNode body) {
                throw new IllegalStateException("the event log is down");
            }
        }, EventIngestService.class);
        given().queryParam("q", "lantern").queryParam("category", root(t)).get("/search").then().statusCode(200)
                .body("items.size()", greaterThan(0));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (registry.counter("aisle.search.events.failed").count() < before + 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(registry.counter("aisle.search.events.failed").count() >= before + 1, "the failure is counted");
    }

    /** Events are written in the background: the event as JSON once it is there. */
    private String awaitEvent(String searchId) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            var row = Db.one(dataSource, "SELECT json_build_object('type', type, 'session', session_id, 'customer',"
                    + " customer_id, 'query', query, 'items', item_ids, 'payload', payload)::text FROM events"
                    + " WHERE event_id = ?", rs -> rs.getString(1), searchId);
            if (row.isPresent()) {
                return row.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no event " + searchId);
            }
            Thread.sleep(20);
        }
    }
}
