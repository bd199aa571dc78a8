package io.aisle.events;

import static io.aisle.events.EventFixtures.ndjson;
import static io.aisle.events.EventFixtures.prefix;
import static io.aisle.events.EventFixtures.productViews;
import static io.aisle.events.EventFixtures.stored;
import static io.aisle.events.EventFixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aisle.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Backfills stream NDJSON, committed in chunks of 1000 lines (aisle.events.ndjson-chunk-size). */
@QuarkusTest
class EventNdjsonTest {

    @Inject
    DataSource dataSource;

    @Test
    void streamOfSeveralChunksIsStoredWhole() {
        String p = prefix();

        post(ndjson(productViews(p, 2500))).statusCode(200)
                .body("received", equalTo(2500)).body("accepted", equalTo(2500)).body("duplicates", equalTo(0));

        assertEquals(2500, stored(dataSource, p));
    }

    @Test
    void badLineInTheThirdChunkKeepsTheFirstTwoChunksOnly() {
        String p = prefix();
        List<Map<String, Object>> events = new ArrayList<>(productViews(p, 3000));
        events.set(2499, with(events.get(2499), "type", "teleport")); // line 2500

        post(ndjson(events)).statusCode(400)
                .body("details.committedLines", equalTo(2000))
                .body("details.accepted", equalTo(2000))
                .body("violations.row", hasItem(2500))
                .body("violations.field", hasItem("type"));

        assertEquals(2000, stored(dataSource, p));
        assertEquals(0, stored(dataSource, p + "02"), "no line of the third chunk (ids 02000-02999) is stored");
    }

    @Test
    void resumingFromCommittedLinesCompletesTheBackfill() {
        String p = prefix();
        List<Map<String, Object>> events = productViews(p, 1500);
        List<Map<String, Object>> broken = new ArrayList<>(events);
        broken.set(1200, with(events.get(1200), "itemIds", 5));
        post(ndjson(broken)).statusCode(400).body("details.committedLines", equalTo(1000));

        post(ndjson(events)).statusCode(200)
                .body("received", equalTo(1500)).body("accepted", equalTo(500)).body("duplicates", equalTo(1000));

        assertEquals(1500, stored(dataSource, p));
    }

    @Test
    void malformedJsonLineIsReportedByLineNumber() {
        String p = prefix();
        String body = ndjson(productViews(p, 3)) + "{\"eventId\": \"" + p + "x\",\n" + ndjson(productViews(p + "z", 1));

        post(body).statusCode(400)
                .body("details.committedLines", equalTo(0))
                .body("violations.row", hasItem(4))
                .body("violations.field", hasItem("event"));

        assertEquals(0, stored(dataSource, p));
    }

    @Test
    void blankLinesAreSkipped() {
        String p = prefix();
        String body = "\n" + ndjson(productViews(p, 2)) + "\n\n";

        post(body).statusCode(200).body("received", equalTo(2)).body("accepted", equalTo(2));

        assertEquals(2, stored(dataSource, p));
    }

    private static ValidatableResponse post(String body) {
        return given().auth().oauth2(TestTokens.service()).contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/events").then();
    }
}
