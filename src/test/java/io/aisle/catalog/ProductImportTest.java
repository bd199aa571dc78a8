package io.aisle.catalog;

import static io.aisle.catalog.CatalogFixtures.EXACT_NUMBERS;
import static io.aisle.catalog.CatalogFixtures.HEADER;
import static io.aisle.catalog.CatalogFixtures.decimal;
import static io.aisle.catalog.CatalogFixtures.importCsv;
import static io.aisle.catalog.CatalogFixtures.importJsonl;
import static io.aisle.catalog.CatalogFixtures.productsWithSkuPrefix;
import static io.aisle.catalog.CatalogFixtures.storedPrice;
import static io.aisle.catalog.CatalogFixtures.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.common.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Uploads upsert by sku and say what they did: created, updated, or already as sent. */
@QuarkusTest
class ProductImportTest {

    @Inject
    DataSource dataSource;

    @Test
    void csvImportIsStoredAndReadBackBySku() {
        String t = token();
        String csv = HEADER
                + t + "-1,Crème brûlée dish,12.50,\"Stoneware, 12cm\", Kitchen>Bakeware ,EUR,3,\"{\"\"colour\"\":\"\"white\"\",\"\"oz\"\":6}\"\n"
                + t + "-2,Tealight,0.99,,,,,\n";

        importCsv(csv).statusCode(200)
                .body("rows", equalTo(2)).body("created", equalTo(2)).body("updated", equalTo(0)).body("unchanged", equalTo(0));

        product(t + "-1").statusCode(200)
                .body("sku", equalTo(t + "-1"))
                .body("title", equalTo("Crème brûlée dish"))
                .body("description", equalTo("Stoneware, 12cm"))
                .body("category", equalTo("Kitchen > Bakeware"))
                .body("price", equalTo(decimal("12.50")))
                .body("currency", equalTo("EUR"))
                .body("stock", equalTo(3))
                .body("inStock", equalTo(true))
                .body("attributes.colour", equalTo("white"))
                .body("attributes.oz", equalTo(6))
                .body("updatedAt", notNullValue());
        product(t + "-2").statusCode(200)
                .body("category", equalTo(""))
                .body("currency", equalTo("GBP"))
                .body("stock", equalTo(0))
                .body("inStock", equalTo(false));

        assertEquals(1, Db.count(dataSource, "SELECT count(*) FROM products WHERE sku = ? AND price = 12.50"
                + " AND category_path = 'Kitchen > Bakeware' AND attributes = '{\"oz\": 6, \"colour\": \"white\"}'::jsonb"
                + " AND description = 'Stoneware, 12cm'", t + "-1"));
        assertEquals(1, Db.count(dataSource, "SELECT count(*) FROM products WHERE sku = ? AND description IS NULL"
                + " AND attributes = '{}'::jsonb AND currency = 'GBP' AND stock = 0", t + "-2"));
    }

    @Test
    void jsonlImportAcceptsJsonTypesAndNumericStrings() {
        String t = token();
        String jsonl = "{\"sku\":\"" + t + "-1\",\"title\":\"Lamp\",\"price\":24.5,\"stock\":7,"
                + "\"category\":\"Home > Lighting\",\"attributes\":{\"watts\":40,\"dimmable\":true}}\n"
                + "\n"
                + "{\"sku\":\"" + t + "-2\",\"title\":\"Shade\",\"price\":\"8.00\",\"stock\":\"2\",\"currency\":\"USD\"}\n";

        importJsonl(jsonl).statusCode(200).body("rows", equalTo(2)).body("created", equalTo(2));

        product(t + "-1").statusCode(200)
                .body("price", equalTo(decimal("24.50")))
                .body("stock", equalTo(7))
                .body("category", equalTo("Home > Lighting"))
                .body("attributes.dimmable", equalTo(true));
        assertEquals(decimal("8.00"), storedPrice(dataSource, t + "-2"));
        assertEquals(1, Db.count(dataSource, "SELECT count(*) FROM products WHERE sku = ? AND stock = 2 AND currency = 'USD'",
                t + "-2"));
    }

    @Test
    void reimportingTheSameRowsChangesNothing() {
        String t = token();
        String csv = HEADER + t + "-1,Mug,4.00,,Kitchen,,5,\"{\"\"a\"\":1}\"\n" + t + "-2,Bowl,6.5,,Kitchen,,0,\n";
        importCsv(csv).statusCode(200).body("created", equalTo(2));
        OffsetDateTime before = updatedAt(t + "-1");

        importCsv(csv).statusCode(200)
                .body("rows", equalTo(2)).body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2));

        assertEquals(before, updatedAt(t + "-1"), "an unchanged row is not rewritten");
        assertEquals(2, productsWithSkuPrefix(dataSource, t));
    }

    @Test
    void sameProductSentAsJsonlAfterCsvIsUnchanged() {
        String t = token();
        importCsv(HEADER + t + "-1,Mug,4.50,,Kitchen > Mugs,,5,\n").statusCode(200).body("created", equalTo(1));

        importJsonl("{\"sku\":\"" + t + "-1\",\"title\":\"Mug\",\"price\":4.5,\"category\":\"Kitchen>Mugs\",\"stock\":5}\n")
                .statusCode(200).body("unchanged", equalTo(1));
    }

    @Test
    void changedRowsAreUpdatedAndNewRowsCreated() {
        String t = token();
        importCsv(HEADER + t + "-1,Mug,4.00,,,,5,\n" + t + "-2,Bowl,6.00,,,,1,\n" + t + "-3,Plate,7.00,,,,1,\n")
                .statusCode(200).body("created", equalTo(3));
        OffsetDateTime before = updatedAt(t + "-2");

        importCsv(HEADER + t + "-1,Mug,4.00,,,,5,\n" + t + "-2,Bowl,5.25,,,,1,\n" + t + "-3,Plate,7.00,,,,0,\n"
                + t + "-4,Jug,9.00,,,,2,\n")
                .statusCode(200)
                .body("rows", equalTo(4)).body("created", equalTo(1)).body("updated", equalTo(2)).body("unchanged", equalTo(1));

        assertEquals(decimal("5.25"), storedPrice(dataSource, t + "-2"));
        assertEquals(1, Db.count(dataSource, "SELECT count(*) FROM products WHERE sku = ? AND stock = 0", t + "-3"));
        assertEquals(4, productsWithSkuPrefix(dataSource, t));
        assertTrue(updatedAt(t + "-2").isAfter(before), "a changed row gets a new updated_at");
    }

    @Test
    void emptyUploadImportsNothing() {
        importCsv(HEADER).statusCode(200).body("rows", equalTo(0)).body("created", equalTo(0));
    }

    private static ValidatableResponse product(String sku) {
        return given().config(EXACT_NUMBERS).when().get("/products/{sku}", sku).then();
    }

    private OffsetDateTime updatedAt(String sku) {
        return Db.one(dataSource, "SELECT updated_at FROM products WHERE sku = ?",
                rs -> rs.getObject(1, OffsetDateTime.class), sku).orElseThrow();
    }
}
