package io.aisle.events;

import static io.aisle.events.EventFixtures.json;
import static io.aisle.events.EventFixtures.prefix;
import static io.aisle.events.EventFixtures.productView;
import static io.aisle.events.EventFixtures.productViews;
import static io.aisle.events.EventFixtures.stored;
import static io.aisle.events.EventFixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aisle.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad event is named by its place in the batch, and a bad event keeps the whole batch out. */
@QuarkusTest
class EventValidationTest {

    @Inject
    DataSource dataSource;

    static Stream<Arguments> malformedEvents() {
        return Stream.of(
                bad("missing eventId", e -> with(e, "eventId", null), "[1].eventId"),
                bad("eventId with spaces", e -> with(e, "eventId", "has spaces " + e.get("eventId")), "[1].eventId"),
                bad("eventId is a number", e -> with(e, "eventId", 7), "[1].eventId"),
                bad("missing type", e -> with(e, "type", null), "[1].type"),
                bad("unknown type", e -> with(e, "type", "page_view"), "[1].type"),
                bad("type is a number", e -> with(e, "type", 3), "[1].type"),
                bad("missing occurredAt", e -> with(e, "occurredAt", null), "[1].occurredAt"),
                bad("occurredAt without offset", e -> with(e, "occurredAt", "2026-01-15T10:00:00"), "[1].occurredAt"),
                bad("occurredAt is epoch millis", e -> with(e, "occurredAt", 1768471200000L), "[1].occurredAt"),
                bad("occurredAt far in the future", e -> with(e, "occurredAt", future(60)), "[1].occurredAt"),
                bad("occurredAt before 1990", e -> with(e, "occurredAt", "1989-12-31T23:59:59Z"), "[1].occurredAt"),
                bad("no customerId nor sessionId", e -> with(e, "sessionId", null), "[1].customerId"),
                bad("customerId is a number", e -> with(e, "customerId", 42), "[1].customerId"),
                bad("itemIds is a string", e -> with(e, "itemIds", "sku-1"), "[1].itemIds"),
                bad("itemIds holds a number", e -> with(e, "itemIds", List.of(1)), "[1].itemIds[0]"),
                bad("itemIds missing for product_view", e -> with(e, "itemIds", null), "[1].itemIds"),
                bad("itemIds empty for purchase", e -> with(with(e, "type", "purchase"), "itemIds", List.of()), "[1].itemIds"),
                bad("search without query", e -> with(with(e, "type", "search"), "itemIds", null), "[1].query"),
                bad("chat_turn without payload", e -> with(e, "type", "chat_turn"), "[1].payload"),
                bad("chat_turn without role", e -> with(with(e, "type", "chat_turn"), "payload",
                        Map.of("conversationId", "conv-1")), "[1].payload.role"),
                bad("chat_click without conversationId", e -> with(with(e, "type", "chat_click"), "payload",
                        Map.of("note", "x")), "[1].payload.conversationId"),
                bad("sessionId holds NUL", e -> with(e, "sessionId", "s\u0000"), "[1].sessionId"),
                bad("payload holds NUL", e -> with(e, "payload", Map.of("note", List.of("a\u0000b"))), "[1].payload"),
                bad("payload is an array", e -> with(e, "payload", List.of("x")), "[1].payload"),
                bad("unknown field", e -> with(e, "colour", "red"), "[1].colour"),
                bad("event is a string", e -> "product_view", "[1]"));
    }

    private static Arguments bad(String name, Function<Map<String, Object>, Object> spoil, String field) {
        return Arguments.of(name, spoil, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedEvents")
    void malformedEventIsNamedAndKeepsTheBatchOut(String name, Function<Map<String, Object>, Object> spoil, String field) {
        String p = prefix();
        Object bad = spoil.apply(productView(p + "bad"));

        post(json(List.of(productView(p + "good"), bad, productView(p + "also-good"))))
                .statusCode(400)
                .body("error", equalTo("invalid_request"))
                .body("message", containsString("nothing was stored"))
                .body("violations.field", hasItem(field));

        assertEquals(0, stored(dataSource, p), "no event of a rejected batch may be stored");
    }

    @Test
    void everyFaultOfEveryEventIsReportedAtOnce() {
        String p = prefix();
        Map<String, Object> noTypeNoTime = with(with(productView(p + "1"), "type", null), "occurredAt", null);
        Map<String, Object> unknownField = with(productView(p + "2"), "price", 3);

        post(json(List.of(productView(p + "0"), noTypeNoTime, unknownField))).statusCode(400)
                .body("message", containsString("2 of 3"))
                .body("violations.field", hasItems("[1].type", "[1].occurredAt", "[2].price"))
                .body("violations.size()", equalTo(3));

        assertEquals(0, stored(dataSource, p));
    }

    @Test
    void timestampSlightlyAheadOfTheServerClockIsAccepted() {
        String p = prefix();
        post(json(List.of(with(productView(p + "0"), "occurredAt", future(2))))).statusCode(200)
                .body("accepted", equalTo(1));
        assertEquals(1, stored(dataSource, p));
    }

    @Test
    void batchOverTheMaximumSizeIsRefusedWhole() {
        String p = prefix();
        post(json(productViews(p, 1001))).statusCode(400)
                .body("violations.field", hasItem("body"))
                .body("message", containsString("1001"));
        assertEquals(0, stored(dataSource, p));
    }

    @Test
    void singleObjectInsteadOfArrayIsRefused() {
        String p = prefix();
        post(json(productView(p + "0"))).statusCode(400)
                .body("violations.field", hasItem("body"))
                .body("message", containsString("JSON array"));
        assertEquals(0, stored(dataSource, p));
    }

    @Test
    void malformedJsonBodyIsRefusedWithoutStoringItsValidPart() {
        String p = prefix();
        String truncated = "[" + json(productView(p + "0")) + ", {\"eventId\": \"" + p + "1\", \"type\": ";
        post(truncated).statusCode(400)
                .body("error", equalTo("malformed_json"))
                .body("violations.size()", equalTo(1));
        assertEquals(0, stored(dataSource, p));
    }

    @Test
    void textAfterTheArrayIsRefused() {
        String p = prefix();
        post("[" + json(productView(p + "0")) + "] trailing").statusCode(400).body("error", equalTo("malformed_json"));
        assertEquals(0, stored(dataSource, p));
    }

    @Test
    void repeatedKeyInAnEventIsRefused() {
        String p = prefix();
        String event = json(productView(p + "0"));
        String repeated = event.substring(0, event.length() - 1) + ", \"type\": \"search\"}";
        post("[" + repeated + "]").statusCode(400).body("error", equalTo("malformed_json"));
        assertEquals(0, stored(dataSource, p));
    }

    @Test
    void emptyBodyIsRefused() {
        post("").statusCode(400).body("violations.field", hasItem("body"));
    }

    @Test
    void otherContentTypesAreUnsupported() {
        given().auth().oauth2(TestTokens.service()).contentType("text/plain").body("[]").when().post("/events").then().statusCode(415);
    }

    private static String future(int minutes) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(minutes).toString();
    }

    private static ValidatableResponse post(String body) {
        return given().auth().oauth2(TestTokens.service()).contentType("application/json").body(body).when().post("/events").then();
    }
}
