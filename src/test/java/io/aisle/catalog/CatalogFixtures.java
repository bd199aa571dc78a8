package io.aisle.catalog;

import static io.restassured.RestAssured.given;

import io.aisle.common.Db;
import io.aisle.security.TestTokens;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.sql.DataSource;

/** Uploads and reads for catalog tests; every test works under its own sku prefix and category. */
final class CatalogFixtures {

    /** Prices come back as BigDecimal, so 12.50 is compared exactly, not as a float. */
    static final RestAssuredConfig EXACT_NUMBERS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    static final String HEADER = "sku,title,price,description,category,currency,stock,attributes\n";

    private CatalogFixtures() {
    }

    /** A short token unique to one test, usable in skus and category names. */
    static String token() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static ValidatableResponse importCsv(String csv) {
        return upload("text/csv; charset=UTF-8", csv);
    }

    static ValidatableResponse importJsonl(String jsonl) {
        return upload("application/x-ndjson", jsonl);
    }

    private static ValidatableResponse upload(String contentType, String body) {
        return given().auth().oauth2(TestTokens.service()).config(EXACT_NUMBERS).contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/products/import").then();
    }

    static long productsWithSkuPrefix(DataSource dataSource, String prefix) {
        return Db.count(dataSource, "SELECT count(*) FROM products WHERE sku LIKE ?", prefix + "%");
    }

    static BigDecimal storedPrice(DataSource dataSource, String sku) {
        return Db.one(dataSource, "SELECT price FROM products WHERE sku = ?", rs -> rs.getBigDecimal(1), sku)
                .orElseThrow(() -> new AssertionError("no product " + sku));
    }

    static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
