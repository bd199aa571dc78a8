package io.aisle.catalog;

import static io.aisle.catalog.CatalogFixtures.EXACT_NUMBERS;
import static io.aisle.catalog.CatalogFixtures.HEADER;
import static io.aisle.catalog.CatalogFixtures.importCsv;
import static io.aisle.catalog.CatalogFixtures.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Listing with filters and paging, under a category root of this test's own so other data never matches. */
@QuarkusTest
class ProductQueryTest {

    private String t;
    private String root;

    @BeforeEach
    void importCatalog() {
        t = token();
        root = "Home " + t;
        importCsv(HEADER
                + t + "-a,Candle,5.00,," + root + ",,3,\n"
                + t + "-b,Tealights,2.50,," + root + " > Candles,,0,\n"
                + t + "-c,Scented candle,12.00,," + root + " > Candles > Scented,,10,\n"
                + t + "-d,Lamp,40.00,," + root + " > Lighting,,1,\n"
                + t + "-e,Rug,99.99,," + root + "s > Rugs,,4,\n"        // sibling whose name starts like root
                + t + "-f,Towel,7.00,,Bath " + t + ",,2,\n")
                .statusCode(200).body("created", equalTo(6));
    }

    @Test
    void categoryMatchesItselfAndItsSubCategoriesOnly() {
        list(Map.of("category", root)).body("items.sku", equalTo(skus("a", "b", "c", "d"))).body("total", equalTo(4));
        list(Map.of("category", root + " > Candles")).body("items.sku", equalTo(skus("b", "c")));
        list(Map.of("category", root + " > Candles > Scented")).body("items.sku", equalTo(skus("c")));
        list(Map.of("category", root + " > Cand")).body("items", empty()).body("total", equalTo(0));
    }

    @Test
    void categoryIsMatchedWhateverTheSpacingAroundSeparators() {
        list(Map.of("category", root + ">Candles ")).body("items.sku", equalTo(skus("b", "c")));
    }

    @Test
    void categoryWithLikeWildcardsIsMatchedLiterally() {
        String odd = "100%_" + t;
        importCsv(HEADER + t + "-x,Sheet,1.00,," + odd + " > Cotton,,1,\n" + t + "-y,Other,1.00,,100ab" + t + " > Cotton,,1,\n")
                .statusCode(200);
        list(Map.of("category", odd)).body("items.sku", equalTo(skus("x")));
    }

    @Test
    void priceBoundsAreInclusive() {
        list(Map.of("category", root, "minPrice", "5", "maxPrice", "12.00")).body("items.sku", equalTo(skus("a", "c")));
        list(Map.of("category", root, "minPrice", "12.01")).body("items.sku", equalTo(skus("d")));
        list(Map.of("category", root, "maxPrice", "2.5")).body("items.sku", equalTo(skus("b")));
    }

    @Test
    void inStockFilterSeparatesAvailableFromSoldOut() {
        list(Map.of("category", root, "inStock", "true")).body("items.sku", equalTo(skus("a", "c", "d")));
        list(Map.of("category", root, "inStock", "false")).body("items.sku", equalTo(skus("b")))
                .body("items[0].inStock", equalTo(false)).body("items[0].stock", equalTo(0));
    }

    @Test
    void filtersCombine() {
        list(Map.of("category", root + " > Candles", "inStock", "true", "maxPrice", "20")).body("items.sku", equalTo(skus("c")));
    }

    @Test
    void pagesAreOrderedBySkuAndCountTheWholeMatch() {
        Map<String, Object> query = Map.of("category", root, "size", 3);
        list(with(query, "page", 0)).body("items.sku", equalTo(skus("a", "b", "c")))
                .body("page", equalTo(0)).body("size", equalTo(3)).body("total", equalTo(4));
        list(with(query, "page", 1)).body("items.sku", equalTo(skus("d"))).body("total", equalTo(4));
        list(with(query, "page", 2)).body("items", empty()).body("total", equalTo(4));
    }

    @Test
    void defaultPageIsTheFirstTwenty() {
        given().get("/products").then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(20));
    }

    @Test
    void productIsReadBySku() {
        given().config(EXACT_NUMBERS).get("/products/{sku}", t + "-c").then().statusCode(200)
                .body("title", equalTo("Scented candle"))
                .body("category", equalTo(root + " > Candles > Scented"))
                .body("price", equalTo(new BigDecimal("12.00")));
    }

    @Test
    void missingSkuIsA404WithJsonError() {
        given().get("/products/{sku}", t + "-nope").then().statusCode(404)
                .contentType(containsString("application/json"))
                .body("error", equalTo("not_found"))
                .body("message", containsString(t + "-nope"));
    }

    static Stream<Arguments> badParameters() {
        return Stream.of(
                Arguments.of(Map.of("size", "0"), "size"),
                Arguments.of(Map.of("size", "101"), "size"),
                Arguments.of(Map.of("size", "many"), "size"),
                Arguments.of(Map.of("page", "-1"), "page"),
                Arguments.of(Map.of("page", "first"), "page"),
                Arguments.of(Map.of("page", "2147483647", "size", "100"), "page"),
                Arguments.of(Map.of("minPrice", "abc"), "minPrice"),
                Arguments.of(Map.of("maxPrice", "1e"), "maxPrice"),
                Arguments.of(Map.of("minPrice", "-1"), "minPrice"),
                Arguments.of(Map.of("minPrice", "1e-999999999"), "minPrice"),
                Arguments.of(Map.of("minPrice", "10", "maxPrice", "5"), "minPrice"),
                Arguments.of(Map.of("inStock", "maybe"), "inStock"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badParameters")
    void badQueryParameterIsA400NamingIt(Map<String, Object> params, String field) {
        given().queryParams(params).get("/products").then().statusCode(400)
                .contentType(containsString("application/json"))
                .body("error", equalTo("invalid_request"))
                .body("violations.field", hasItem(field));
    }

    private ValidatableResponse list(Map<String, Object> params) {
        return given().queryParams(params).get("/products").then().statusCode(200);
    }

    private List<String> skus(String... suffixes) {
        return Stream.of(suffixes).map(s -> t + "-" + s).toList();
    }

    private static Map<String, Object> with(Map<String, Object> query, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(query);
        copy.put(key, value);
        return copy;
    }
}
