package io.aisle.recommend;

import static io.aisle.search.SearchFixtures.importShop;
import static io.aisle.search.SearchFixtures.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.aisle.security.TestTokens;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One shop with a planted pattern in its purchase events (every customer who buys the white lantern buys the
 * wooden candle holder next; the holder is out of stock), a few baskets holding the pink lantern and the glass
 * holder together, and two versions trained on exactly the same data
 * with the same seed, so both are promoted: the first is retired, the second active. Built once per test run:
 * training is the slow part.
 */
final class RecommendFixtures {

    record TrainedShop(String token, long firstVersion, long secondVersion) {
    }

    private static TrainedShop shop;

    private RecommendFixtures() {
    }

    static synchronized TrainedShop trainedShop() {
        if (shop == null) {
            String t = token();
            importShop(t);
            String[] fillers = {"teapot", "mug", "towel", "necklace", "lantern-pink", "holder-glass"};
            List<Map<String, Object>> events = new ArrayList<>();
            for (int c = 0; c < 60; c++) {
                purchases(events, t, "c" + c, fillers[c % fillers.length], "lantern-white", "holder-wood");
            }
            purchases(events, t, "shopper", "towel", "lantern-white");
            for (int b = 0; b < 3; b++) { // baskets: bought together, in one purchase event
                events.add(Map.of("eventId", t + "-basket-" + b, "type", "purchase", "occurredAt", minutesAgo(20),
                        "customerId", customer(t, "b" + b), "itemIds", List.of(t + "-lantern-pink", t + "-holder-glass")));
            }
            post(events);
            long first = retrainPromoted();
            long second = retrainPromoted();
            shop = new TrainedShop(t, first, second);
        }
        return shop;
    }

    private static long retrainPromoted() {
        return given().auth().oauth2(TestTokens.admin()).post("/admin/recommend/retrain").then().statusCode(200).body("outcome", equalTo("promoted"))
                .extract().jsonPath().getLong("modelVersionId");
    }

    static String customer(String t, String name) {
        return t + "-" + name;
    }

    static String minutesAgo(int minutes) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(minutes).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static void post(List<Map<String, Object>> events) {
        given().auth().oauth2(TestTokens.service()).contentType("application/json").body(events).post("/events").then().statusCode(200);
    }

    private static void purchases(List<Map<String, Object>> events, String t, String who, String... items) {
        for (int i = 0; i < items.length; i++) {
            events.add(Map.of("eventId", t + "-" + who + "-" + i, "type", "purchase",
                    "occurredAt", minutesAgo(items.length - i + 10), "customerId", customer(t, who),
                    "itemIds", List.of(t + "-" + items[i])));
        }
    }
}
