package io.aisle.search;

import static io.aisle.search.SearchFixtures.importShop;
import static io.aisle.search.SearchFixtures.root;
import static io.aisle.search.SearchFixtures.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.embedding.service.CatalogEmbeddingService;
import io.aisle.embedding.service.TextEmbedders;
import io.aisle.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /products/{sku}/similar: vector neighbours under the shop's own category. */
@QuarkusTest
class SimilarProductsTest {

    @Inject
    CatalogEmbeddingService embedding;

    @Inject
    TextEmbedders embedders;

    private String t;

    @BeforeEach
    void shop() {
        t = token();
        importShop(t);
        embedding.sync(embedders.active(), false, t + "-");
    }

    @Test
    void neighboursExcludeTheProductItselfMostSimilarFirst() {
        JsonPath similar = given().queryParam("category", root(t)).queryParam("limit", 3)
                .get("/products/{sku}/similar", t + "-lantern-white").then().statusCode(200)
                .body("sku", equalTo(t + "-lantern-white"))
                .body("model", equalTo(embedders.activeName()))
                .body("items", hasSize(3))
                .body("items.product.sku", not(hasItem(t + "-lantern-white")))
                .body("items.product.category", everyItem(startsWith(root(t))))
                .extract().jsonPath();
        assertEquals(t + "-lantern-pink", similar.getString("items[0].product.sku"));
        List<Float> similarities = similar.getList("items.similarity", Float.class);
        for (int i = 1; i < similarities.size(); i++) {
            assertTrue(similarities.get(i) <= similarities.get(i - 1));
        }
        assertTrue(similarities.get(0) > 0.5f && similarities.get(0) <= 1.0001f);
    }

    @Test
    void filtersApplyToNeighbours() {
        given().queryParam("category", root(t)).queryParam("inStock", "true").queryParam("limit", 50)
                .get("/products/{sku}/similar", t + "-holder-glass").then().statusCode(200)
                .body("items", hasSize(6))
                .body("items.product.inStock", everyItem(equalTo(true)))
                .body("items.product.sku", not(hasItem(t + "-holder-wood")));
        given().queryParam("category", root(t)).queryParam("maxPrice", "5")
                .get("/products/{sku}/similar", t + "-holder-glass").then().statusCode(200)
                .body("items.product.sku", containsInAnyOrder(t + "-mug", t + "-towel"));
    }

    @Test
    void aProductWithoutAVectorYetIsEmbeddedOnTheFly() {
        given().auth().oauth2(TestTokens.service()).contentType("application/x-ndjson").body((SearchFixtures.row(t, "lantern-red", "Red Metal Lantern", "11.00",
                        null, root(t) + " > Candles & Lights", 4, "{\"colour\":\"red\"}") + "\n").getBytes(StandardCharsets.UTF_8))
                .post("/products/import").then().statusCode(200);
        given().queryParam("category", root(t)).queryParam("limit", 2)
                .get("/products/{sku}/similar", t + "-lantern-red").then().statusCode(200)
                .body("items.product.sku", hasItem(t + "-lantern-white"));
    }

    @Test
    void unknownSkuIs404AndBadLimitIs400() {
        given().get("/products/{sku}/similar", t + "-nope").then().statusCode(404)
                .contentType(containsString("application/json")).body("error", equalTo("not_found"));
        for (String limit : List.of("0", "51", "many")) {
            given().queryParam("limit", limit).get("/products/{sku}/similar", t + "-mug").then().statusCode(400)
                    .body("violations.field", hasItem("limit"));
        }
        given().queryParam("model", "nope").get("/products/{sku}/similar", t + "-mug").then().statusCode(400)
                .body("violations.field", hasItem("model"));
    }

    @Test
    void theCatalogsOwnProductRouteStillWorks() {
        given().get("/products/{sku}", t + "-mug").then().statusCode(200).body("title", equalTo("Pink Polka Dot Mug"));
    }
}
