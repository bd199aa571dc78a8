package io.aisle.search;

import static io.aisle.search.SearchFixtures.EXACT_NUMBERS;
import static io.aisle.search.SearchFixtures.importShop;
import static io.aisle.search.SearchFixtures.root;
import static io.aisle.search.SearchFixtures.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.embedding.service.CatalogEmbeddingService;
import io.aisle.embedding.service.TextEmbedders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /search against the real database, on a small shop of this test's own (embedded with the real model). */
@QuarkusTest
class SearchApiTest {

    @Inject
    CatalogEmbeddingService embedding;

    @Inject
    TextEmbedders embedders;

    private String t;
    private String root;

    @BeforeEach
    void shop() {
        t = token();
        root = root(t);
        importShop(t);
        embedding.sync(embedders.active(), false, t + "-");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hybrid", "keyword", "vector"})
    void noResultLiesOutsideThePriceRangeOrCategory(String mode) {
        JsonPath page = ok(Map.of("q", "lantern candle holder mug teapot towel necklace", "category", root,
                "minPrice", "4.00", "maxPrice", "12.50", "mode", mode, "size", 100));
        List<BigDecimal> prices = page.getList("items.product.price", BigDecimal.class);
        assertFalse(prices.isEmpty());
        prices.forEach(p -> assertTrue(p.compareTo(new BigDecimal("4.00")) >= 0 && p.compareTo(new BigDecimal("12.50")) <= 0,
                "price " + p + " outside 4.00-12.50"));
        page.getList("items.product.category", String.class).forEach(c -> assertTrue(c.startsWith(root + " > "), c));
        assertEquals(Set.of(sku("lantern-white"), sku("lantern-pink"), sku("holder-glass"), sku("holder-wood"), sku("mug")),
                Set.copyOf(page.getList("items.product.sku", String.class)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hybrid", "keyword", "vector"})
    void subCategoryStockAndAttributeFiltersHold(String mode) {
        search(Map.of("q", "tea", "category", root + " > Kitchen", "mode", mode)).statusCode(200)
                .body("items.product.category", everyItem(startsWith(root + " > Kitchen")))
                .body("items.product.sku", hasItems(sku("teapot"), sku("towel")));
        search(Map.of("q", "candle holder", "category", root, "inStock", "true", "mode", mode)).statusCode(200)
                .body("items.product.inStock", everyItem(equalTo(true)))
                .body("items.product.sku", not(hasItem(sku("holder-wood"))));
        search(Map.of("q", "lantern mug", "category", root, "colour", "pink", "mode", mode)).statusCode(200)
                .body("items.product.attributes.colour", everyItem(equalTo("pink")))
                .body("items.product.sku", hasItems(sku("lantern-pink"), sku("mug")));
    }

    @Test
    void pricePhrasesInTheQueryAreFilters() {
        JsonPath under = ok(Map.of("q", "lantern under 10", "category", root));
        assertEquals("lantern", under.getString("interpretation.text"));
        assertEquals(0, new BigDecimal("10").compareTo(under.getObject("interpretation.price.max", BigDecimal.class)));
        assertEquals(List.of(sku("lantern-pink")), under.getList("items.product.sku", String.class).stream()
                .filter(s -> s.contains("lantern")).toList());
        under.getList("items.product.price", BigDecimal.class).forEach(p -> assertTrue(p.compareTo(BigDecimal.TEN) < 0));

        JsonPath between = ok(Map.of("q", "gift between £20 and £50", "category", root, "size", 100));
        assertEquals(Set.of(sku("teapot"), sku("necklace")), Set.copyOf(between.getList("items.product.sku", String.class)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"keyword", "hybrid", "vector"})
    void aMisspelledQueryStillFindsTheProduct(String mode) {
        search(Map.of("q", "lanturn", "category", root, "mode", mode)).statusCode(200)
                .body("items.product.sku", hasItems(sku("lantern-white"), sku("lantern-pink")));
        search(Map.of("q", "teapott", "category", root, "mode", mode)).statusCode(200)
                .body("items[0].product.sku", equalTo(sku("teapot")));
        search(Map.of("q", "neckalce", "category", root, "mode", mode)).statusCode(200)
                .body("items.product.sku", hasItem(sku("necklace")));
    }

    @Test
    void misspelledWordsAreCorrectedToCatalogWordsAndSaidSo() {
        JsonPath page = ok(Map.of("q", "lanturn", "category", root, "mode", "vector", "size", 2));
        assertEquals("lantern", page.getString("interpretation.text"));
        assertTrue(page.getList("interpretation.notes", String.class).contains("spelling: \"lanturn\" -> \"lantern\""));
        assertEquals(Set.of(sku("lantern-white"), sku("lantern-pink")), Set.copyOf(page.getList("items.product.sku", String.class)));
        assertEquals("sofa", ok(Map.of("q", "sofa", "category", root)).getString("interpretation.text"),
                "an English word the catalog lacks is not a typo");
    }

    @ParameterizedTest
    @ValueSource(strings = {"candle holder not glass", "candle holder without glass", "candle holder -glass"})
    void negatedWordsExcludeProductsInEveryRetriever(String q) {
        for (String mode : List.of("hybrid", "keyword", "vector")) {
            JsonPath page = ok(Map.of("q", q, "category", root, "mode", mode, "size", 100));
            assertEquals(List.of("glass"), page.getList("interpretation.excluded", String.class));
            List<String> skus = page.getList("items.product.sku", String.class);
            assertTrue(skus.contains(sku("holder-wood")), mode + ": " + skus);
            assertFalse(skus.contains(sku("holder-glass")) || skus.contains(sku("lantern-pink")), mode + ": " + skus);
        }
    }

    @Test
    void categoryAndColourWordsBecomeFiltersAndAreRelaxedWhenNothingMatches() {
        JsonPath jewellery = ok(Map.of("q", "silver jewellery", "category", root));
        assertTrue(jewellery.getList("interpretation.categories", String.class).contains(root + " > Jewellery"));
        assertEquals(List.of(sku("necklace")), jewellery.getList("items.product.sku", String.class));

        JsonPath pink = ok(Map.of("q", "pink things", "category", root, "mode", "keyword", "size", 100));
        assertEquals(List.of("pink"), pink.getList("interpretation.colours", String.class));
        assertEquals(Set.of(sku("lantern-pink"), sku("mug")), Set.copyOf(pink.getList("items.product.sku", String.class)));

        // nothing pink among the jewellery: the guessed filters are dropped and the answer says so
        JsonPath relaxed = ok(Map.of("q", "pink jewellery", "category", root, "mode", "keyword"));
        assertEquals(List.of("category", "colour"), relaxed.getList("relaxed", String.class));
        assertFalse(relaxed.getList("items.product.sku", String.class).isEmpty());
    }

    @Test
    void everyHitSaysWhichRetrieverFoundItWithRankAndScore() {
        JsonPath hybrid = ok(Map.of("q", "white metal lantern", "category", root, "mode", "hybrid"));
        assertEquals("hybrid", hybrid.getString("mode"));
        assertEquals(embedders.activeName(), hybrid.getString("model"));
        assertEquals(sku("lantern-white"), hybrid.getString("items[0].product.sku"));
        assertEquals(List.of("keyword", "vector"), hybrid.getList("items[0].foundBy", String.class));
        assertEquals(1, hybrid.getInt("items[0].keyword.rank"));
        assertEquals(1, hybrid.getInt("items[0].vector.rank"));
        assertTrue(hybrid.getDouble("items[0].vector.score") > 0.5);
        // best of both lists: the whole of each list's share (convex fusion of normalised scores)
        assertEquals(1.0, hybrid.getDouble("items[0].score"), 1e-9);
        List<BigDecimal> scores = hybrid.getList("items.score", BigDecimal.class);
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i).compareTo(scores.get(i - 1)) <= 0, "ordered by fused score");
        }

        search(Map.of("q", "lantern", "category", root, "mode", "keyword")).statusCode(200)
                .body("mode", equalTo("keyword"))
                .body("items.foundBy", everyItem(equalTo(List.of("keyword"))))
                .body("items.vector", everyItem(equalTo(null)));
        search(Map.of("q", "lantern", "category", root, "mode", "vector")).statusCode(200)
                .body("items.foundBy", everyItem(equalTo(List.of("vector"))))
                .body("items.keyword", everyItem(equalTo(null)));
    }

    @Test
    void facetsCountTheWholeResultSetAndPagesSplitIt() {
        Map<String, Object> query = Map.of("q", "lantern holder mug teapot towel necklace", "category", root,
                "mode", "keyword", "size", 3);
        JsonPath first = ok(with(query, "page", 0));
        JsonPath second = ok(with(query, "page", 1));
        JsonPath third = ok(with(query, "page", 2));
        int total = first.getInt("total");
        assertEquals(8, total);
        assertEquals(total, second.getInt("total"));
        Set<String> seen = new HashSet<>();
        for (JsonPath page : List.of(first, second, third)) {
            for (String s : page.getList("items.product.sku", String.class)) {
                assertTrue(seen.add(s), "repeated across pages: " + s);
            }
        }
        assertEquals(8, seen.size());
        assertEquals(List.of(), ok(with(query, "page", 3)).getList("items.product.sku", String.class));

        Map<String, Integer> categories = new HashMap<>();
        first.getList("facets.categories", Map.class).forEach(m -> categories.put((String) m.get("category"),
                ((Number) m.get("count")).intValue()));
        assertEquals(8, categories.get(root));
        assertEquals(4, categories.get(root + " > Candles & Lights"));
        assertEquals(3, categories.get(root + " > Kitchen"));
        int inBuckets = first.getList("facets.prices.count", Integer.class).stream().mapToInt(Integer::intValue).sum();
        assertEquals(total, inBuckets);
        assertEquals(0, BigDecimal.ZERO.compareTo(first.getObject("facets.prices[0].from", BigDecimal.class)));
    }

    @Test
    void withoutWordsTheFilteredCatalogIsListed() {
        JsonPath all = ok(Map.of("category", root));
        assertEquals("list", all.getString("mode"));
        assertEquals(8, all.getInt("total"));
        assertEquals("Blue Ceramic Teapot", all.getString("items[0].product.title"));

        JsonPath cheap = ok(Map.of("q", "under £5", "category", root));
        assertEquals(Set.of(sku("mug"), sku("holder-glass"), sku("towel")),
                Set.copyOf(cheap.getList("items.product.sku", String.class)));
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of(Map.of(), "q"),
                Arguments.of(Map.of("q", "   "), "q"),
                Arguments.of(Map.of("q", "x".repeat(501)), "q"),
                Arguments.of(Map.of("q", "lamp", "size", "0"), "size"),
                Arguments.of(Map.of("q", "lamp", "size", "101"), "size"),
                Arguments.of(Map.of("q", "lamp", "size", "ten"), "size"),
                Arguments.of(Map.of("q", "lamp", "page", "-1"), "page"),
                Arguments.of(Map.of("q", "lamp", "page", "next"), "page"),
                Arguments.of(Map.of("q", "lamp", "page", "10", "size", "100"), "page"),
                Arguments.of(Map.of("q", "lamp", "page", "2147483647", "size", "100"), "page"),
                Arguments.of(Map.of("q", "lamp", "mode", "fuzzy"), "mode"),
                Arguments.of(Map.of("q", "lamp", "model", "gpt-9"), "model"),
                Arguments.of(Map.of("q", "lamp", "minPrice", "-1"), "minPrice"),
                Arguments.of(Map.of("q", "lamp", "minPrice", "cheap"), "minPrice"),
                Arguments.of(Map.of("q", "lamp", "minPrice", "20", "maxPrice", "10"), "minPrice"),
                Arguments.of(Map.of("q", "lamp", "maxPrice", "1e-999999999"), "maxPrice"),
                Arguments.of(Map.of("q", "lamp", "inStock", "maybe"), "inStock"),
                Arguments.of(Map.of("q", "lamp", "interpret", "perhaps"), "interpret"),
                Arguments.of(Map.of("q", "lamp\u0000"), "q"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badRequestsAre400sNamingTheParameter(Map<String, Object> params, String field) {
        search(params).statusCode(400).contentType(containsString("application/json"))
                .body("error", equalTo("invalid_request"))
                .body("violations.field", hasItem(field));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"%%%", "!!!", "((((", "&&||!", ":*", "'", "\\", "--", "%_%", "<->"})
    void queriesWithoutWordsAnswerEmpty(String q) {
        search(Map.of("q", q)).statusCode(200).body("items", empty()).body("total", equalTo(0));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"'; DROP TABLE products; --", "lantern' OR '1'='1", "a & b | !c", "lantern:*", "(pink) <-> mug",
            "日本語の検索", "🎁 for mum", "the of and", "a", "naïve café crème", "x-x-x-x", "don't", "100%", "£££ 5",
            "under", "not", "between and", "lantern under 999999999999999999999"})
    void oddQueriesNeverFail(String q) {
        for (String mode : List.of("hybrid", "keyword", "vector")) {
            search(Map.of("q", q, "mode", mode, "category", root)).statusCode(200).body("query", equalTo(q));
        }
    }

    @Test
    void aFullLengthQueryIsServed() {
        String q = ("pink glass lantern for the garden " + "x".repeat(500)).substring(0, 500);
        search(Map.of("q", q, "category", root)).statusCode(200);
    }

    @Test
    void theEndpointsAreDocumentedInOpenApi() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/search'.get.parameters.name", hasItems("q", "category", "minPrice", "maxPrice", "inStock",
                        "colour", "page", "size", "mode"))
                .body("paths.'/products/{sku}/similar'.get.parameters.name", hasItems("limit", "inStock"))
                .body("paths.'/admin/search/reindex'.post", org.hamcrest.Matchers.notNullValue());
    }

    private ValidatableResponse search(Map<String, ?> params) {
        return given().config(EXACT_NUMBERS).queryParams(params).when().get("/search").then();
    }

    private JsonPath ok(Map<String, ?> params) {
        return search(params).statusCode(200).extract().jsonPath(
                io.restassured.path.json.config.JsonPathConfig.jsonPathConfig()
                        .numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private String sku(String name) {
        return t + "-" + name;
    }

    private static Map<String, Object> with(Map<String, Object> params, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(params);
        copy.put(key, value);
        return copy;
    }
}
