package io.aisle.events;

import static io.aisle.events.EventFixtures.id;
import static io.aisle.events.EventFixtures.json;
import static io.aisle.events.EventFixtures.prefix;
import static io.aisle.events.EventFixtures.productView;
import static io.aisle.events.EventFixtures.productViews;
import static io.aisle.events.EventFixtures.stored;
import static io.aisle.events.EventFixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.aisle.common.Db;
import io.aisle.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventBatchIngestTest {

    @Inject
    DataSource dataSource;

    @Test
    void validBatchIsStoredWithEveryColumn() throws Exception {
        String p = prefix();
        Map<String, Object> view = Map.of("eventId", p + "view", "type", "product_view",
                "occurredAt", "2026-01-15T12:30:00+02:00", "customerId", "c-42",
                "itemIds", List.of("sku-1", "odd \"quoted\" \\ id", "comma,brace}"));
        Map<String, Object> search = Map.of("eventId", p + "search", "type", "search",
                "occurredAt", "2026-01-15T10:31:00Z", "sessionId", "s-9", "query", "red candle");
        Map<String, Object> chat = Map.of("eventId", p + "chat", "type", "chat_turn",
                "occurredAt", "2026-01-15T10:32:00Z", "customerId", "c-42", "sessionId", "s-9",
                "payload", Map.of("conversationId", "conv-1", "role", "user", "text", "hello £",
                        "meta", Map.of("turn", 3, "tags", List.of("a", "b"))));

        post(List.of(view, search, chat)).statusCode(200)
                .body("received", equalTo(3)).body("accepted", equalTo(3)).body("duplicates", equalTo(0));

        StoredEvent v = read(p + "view");
        assertEquals("product_view", v.type);
        assertEquals(OffsetDateTime.parse("2026-01-15T10:30:00Z").toInstant(), v.occurredAt.toInstant());
        assertEquals("c-42", v.customerId);
        assertNull(v.sessionId);
        assertArrayEquals(new String[] {"sku-1", "odd \"quoted\" \\ id", "comma,brace}"}, v.itemIds);
        assertNull(v.query);
        assertEquals("{}", v.payload.toString());

        StoredEvent s = read(p + "search");
        assertEquals("search", s.type);
        assertNull(s.customerId);
        assertEquals("s-9", s.sessionId);
        assertEquals("red candle", s.query);
        assertArrayEquals(new String[0], s.itemIds);

        StoredEvent c = read(p + "chat");
        assertEquals(EventFixtures.JSON.valueToTree(chat.get("payload")), c.payload);
        assertEquals(1L, Db.count(dataSource,
                "SELECT count(*) FROM events WHERE event_id = ? AND payload->'meta'->>'turn' = '3'", p + "chat"));
    }

    @Test
    void resentBatchIsStoredOnce() {
        String p = prefix();
        List<Map<String, Object>> batch = productViews(p, 5);

        post(batch).statusCode(200).body("accepted", equalTo(5)).body("duplicates", equalTo(0));
        post(batch).statusCode(200).body("received", equalTo(5)).body("accepted", equalTo(0)).body("duplicates", equalTo(5));

        assertEquals(5, stored(dataSource, p));
    }

    @Test
    void partlyResentBatchStoresOnlyTheNewEvents() {
        String p = prefix();
        post(productViews(p, 3)).statusCode(200).body("accepted", equalTo(3));

        post(productViews(p, 5)).statusCode(200)
                .body("received", equalTo(5)).body("accepted", equalTo(2)).body("duplicates", equalTo(3));

        assertEquals(5, stored(dataSource, p));
    }

    @Test
    void eventRepeatedInsideOneBatchIsStoredOnceAsFirstSent() {
        String p = prefix();
        Map<String, Object> first = productView(p + "a");
        Map<String, Object> again = with(with(first, "type", "add_to_cart"), "customerId", "c-1");

        post(List.of(first, productView(p + "b"), again)).statusCode(200)
                .body("received", equalTo(3)).body("accepted", equalTo(2)).body("duplicates", equalTo(1));

        assertEquals(2, stored(dataSource, p));
        assertEquals("product_view", read(p + "a").type);
    }

    @Test
    void emptyBatchStoresNothing() {
        post(List.of()).statusCode(200)
                .body("received", equalTo(0)).body("accepted", equalTo(0)).body("duplicates", equalTo(0));
    }

    @Test
    void batchOfExactlyTheMaximumSizeIsStored() {
        String p = prefix();
        post(productViews(p, 1000)).statusCode(200).body("accepted", equalTo(1000));
        assertEquals(1000, stored(dataSource, p));
    }

    @Test
    void storedEventsCannotBeUpdated() {
        String p = prefix();
        post(List.of(productView(id(p, 0)))).statusCode(200).body("accepted", equalTo(1));

        SQLException refused = assertThrows(SQLException.class, () -> Db.execute(dataSource,
                "UPDATE events SET type = 'purchase' WHERE event_id = ?", id(p, 0)));

        assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        assertEquals("product_view", read(id(p, 0)).type);
    }

    private static ValidatableResponse post(Object body) {
        return given().auth().oauth2(TestTokens.service()).contentType("application/json").body(json(body)).when().post("/events").then();
    }

    private record StoredEvent(String type, OffsetDateTime occurredAt, String customerId, String sessionId,
                               String[] itemIds, String query, JsonNode payload) {
    }

    private StoredEvent read(String eventId) {
        return Db.one(dataSource, "SELECT type, occurred_at, customer_id, session_id, item_ids, query, payload::text"
                + " FROM events WHERE event_id = ?", rs -> {
                    try {
                        return new StoredEvent(rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                                rs.getString(4), (String[]) rs.getArray(5).getArray(), rs.getString(6),
                                EventFixtures.JSON.readTree(rs.getString(7)));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                }, eventId).orElseThrow(() -> new AssertionError("event " + eventId + " was not stored"));
    }
}
