package io.aisle.recommend;

import static io.aisle.search.SearchFixtures.root;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.common.Db;
import io.aisle.recommend.repository.ItemVectorRepository;
import io.aisle.recommend.repository.ItemVectorRepository.ScoredItem;
import io.aisle.search.model.SearchFilters;
import io.aisle.security.TestTokens;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /recommendations against a tiny model trained on a planted pattern ({@link RecommendFixtures}). */
@QuarkusTest
class RecommendationServingTest {

    private static String t;

    @Inject
    DataSource dataSource;

    @Inject
    ItemVectorRepository items;

    @BeforeEach
    void trained() {
        t = RecommendFixtures.trainedShop().token();
    }

    @Test
    void plantedNextItemComesFirstAndBoughtItemsAreLeftOut() {
        JsonPath answer = given().auth().oauth2(TestTokens.admin()).queryParam("limit", 5).get("/recommendations/{id}", customer("shopper"))
                .then().statusCode(200)
                .body("source", equalTo("customer"))
                .body("modelVersion", notNullValue())
                .body("items.product.sku", not(hasItem(t + "-lantern-white")))
                .body("items.product.sku", not(hasItem(t + "-towel")))
                .extract().jsonPath();
        assertEquals(t + "-holder-wood", answer.getString("items[0].product.sku"));
        assertEquals("history", answer.getString("items[0].reason.kind"));
        assertTrue(answer.getString("items[0].reason.text").startsWith("Often chosen after "));
    }

    @Test
    void filtersHoldInsideTheNearestItemQuery() {
        given().auth().oauth2(TestTokens.admin()).queryParam("inStock", true).queryParam("limit", 20).get("/recommendations/{id}", customer("shopper"))
                .then().statusCode(200)
                .body("items.product.sku", not(hasItem(t + "-holder-wood")))
                .body("items.product.inStock", everyItem(equalTo(true)));
        given().auth().oauth2(TestTokens.admin()).queryParam("category", root(t) + " > Kitchen").queryParam("limit", 20)
                .get("/recommendations/{id}", customer("shopper")).then().statusCode(200)
                .body("items", not(hasSize(0)))
                .body("items.product.category", everyItem(startsWith(root(t) + " > Kitchen")));
    }

    @Test
    void unknownCustomerGetsTrendingItemsNotAnError() {
        given().auth().oauth2(TestTokens.admin()).queryParam("category", root(t)).get("/recommendations/{id}", "nobody-" + t).then().statusCode(200)
                .body("source", equalTo("trending"))
                .body("modelVersion", equalTo(null))
                .body("items[0].product.sku", equalTo(t + "-lantern-white"))
                .body("items[0].reason.kind", equalTo("trending"))
                .body("items[0].reason.text", startsWith("Popular in "));
    }

    @Test
    void anonymousSessionIsServedFromItsOwnEvents() {
        String session = "sess-" + t;
        post(List.of(Map.of("eventId", t + "-view", "type", "add_to_cart", "occurredAt", minutesAgo(2),
                        "sessionId", session, "itemIds", List.of(t + "-teapot")),
                Map.of("eventId", t + "-cart", "type", "add_to_cart", "occurredAt", minutesAgo(1),
                        "sessionId", session, "itemIds", List.of(t + "-lantern-white"))));
        given().queryParam("sessionId", session).queryParam("limit", 3).get("/recommendations").then().statusCode(200)
                .body("source", equalTo("session"))
                .body("items[0].product.sku", equalTo(t + "-holder-wood"));
    }

    @Test
    void customerVectorIsRecomputedWhenANewerEventArrives() {
        String sql = "SELECT events_seq FROM rec_customer_vectors WHERE customer_id = ?"
                + " AND model_version_id = (SELECT id FROM rec_model_versions WHERE status = 'active')";
        long trained = Db.count(dataSource, sql, customer("c0"));
        post(List.of(Map.of("eventId", t + "-late", "type", "purchase", "occurredAt", minutesAgo(0),
                "customerId", customer("c0"), "itemIds", List.of(t + "-mug"))));
        given().auth().oauth2(TestTokens.admin()).get("/recommendations/{id}", customer("c0")).then().statusCode(200).body("source", equalTo("customer"))
                .body("items.product.sku", not(hasItem(t + "-mug")));
        assertTrue(Db.count(dataSource, sql, customer("c0")) > trained, "stored again with the newer event");
    }

    @Test
    void recommendationsAreLoggedAsImpressions() throws InterruptedException {
        String id = given().auth().oauth2(TestTokens.admin()).get("/recommendations/{id}", customer("shopper")).then().statusCode(200)
                .extract().path("recommendationId");
        long stored = 0;
        for (int i = 0; i < 50 && stored == 0; i++) {
            Thread.sleep(100);
            stored = Db.count(dataSource, "SELECT count(*) FROM events WHERE event_id = ? AND type = 'rec_impression'"
                    + " AND customer_id = ? AND payload ->> 'modelVersion' IS NOT NULL", id, customer("shopper"));
        }
        assertEquals(1, stored);
    }

    @Test
    void coPurchaseNeighboursComeFromBaskets() {
        given().queryParam("by", "co-purchase").get("/products/{sku}/similar", t + "-holder-glass").then().statusCode(200)
                .body("model", equalTo("co-purchase"))
                .body("items", hasSize(1))
                .body("items[0].product.sku", equalTo(t + "-lantern-pink"))
                // 3 baskets hold both; 13 hold each (the 3, and 10 customers' single purchases)
                .body("items[0].similarity", equalTo(3 / 13f));
    }

    @Test
    void behaviourNeighboursComeFromTheActiveVersion() {
        given().queryParam("by", "behaviour").queryParam("limit", 3).get("/products/{sku}/similar", t + "-mug")
                .then().statusCode(200)
                .body("model", startsWith("behaviour:v"))
                .body("items", hasSize(3))
                .body("items.product.sku", not(hasItem(t + "-mug")));
    }

    @Test
    void popularityPenaltyReordersTheNearestItemsTowardsTheLessPopular() throws SQLException {
        long version = Db.count(dataSource, "SELECT id FROM rec_model_versions WHERE status = 'active'");
        long lantern = Db.count(dataSource, "SELECT id FROM products WHERE sku = ?", t + "-lantern-white");
        float[] query = items.itemVector(version, lantern);
        int dimension = query.length;
        List<ScoredItem> plain = items.nearest(version, dimension, query, SearchFilters.NONE, Set.of(), 8, 40, 0);
        List<ScoredItem> penalised = items.nearest(version, dimension, query, SearchFilters.NONE, Set.of(), 8, 40, 1e6);
        for (int i = 1; i < plain.size(); i++) {
            assertTrue(plain.get(i).score() <= plain.get(i - 1).score());
        }
        List<Long> interactions = new ArrayList<>();
        for (ScoredItem item : penalised) {
            interactions.add(Db.count(dataSource, "SELECT interactions FROM rec_item_vectors"
                    + " WHERE model_version_id = ? AND product_id = ?", version, item.productId()));
        }
        List<Long> ascending = new ArrayList<>(interactions);
        Collections.sort(ascending);
        assertEquals(ascending, interactions, "a huge penalty orders by training interactions, fewest first");
    }

    @Test
    void badParametersAreRejectedByName() {
        given().auth().oauth2(TestTokens.admin()).queryParam("limit", 0).get("/recommendations/{id}", customer("shopper")).then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
        given().queryParam("by", "magic").get("/products/{sku}/similar", t + "-mug").then().statusCode(400)
                .body("violations[0].field", equalTo("by"));
        given().auth().oauth2(TestTokens.admin()).post("/admin/recommend/models/{id}/activate", "x").then().statusCode(400)
                .body("violations[0].field", equalTo("id"));
    }

    private static String customer(String name) {
        return RecommendFixtures.customer(t, name);
    }

    private static String minutesAgo(int minutes) {
        return RecommendFixtures.minutesAgo(minutes);
    }

    private static void post(List<Map<String, Object>> events) {
        RecommendFixtures.post(events);
    }
}
