package io.aisle.catalog;

import static io.aisle.catalog.CatalogFixtures.HEADER;
import static io.aisle.catalog.CatalogFixtures.decimal;
import static io.aisle.catalog.CatalogFixtures.importCsv;
import static io.aisle.catalog.CatalogFixtures.importJsonl;
import static io.aisle.catalog.CatalogFixtures.productsWithSkuPrefix;
import static io.aisle.catalog.CatalogFixtures.storedPrice;
import static io.aisle.catalog.CatalogFixtures.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** One bad row rejects the whole upload, names every row and field at fault, and writes nothing. */
@QuarkusTest
class ProductImportRejectionTest {

    @Inject
    DataSource dataSource;

    @Test
    void csvWithBadRowsAmongGoodOnesNamesEachAndWritesNothing() {
        String t = token();
        String csv = HEADER
                + t + "-1,Good mug,4.00,,,,1,\n"                       // row 2
                + t + "-2,Bad price,12.x,,,,1,\n"                      // row 3
                + t + "-3,,5.00,,,,1,\n"                               // row 4: title missing
                + t + "-4,Good bowl,6.00,,,,1,\n"                      // row 5
                + t + "-1,Same sku again,4.00,,,,1,\n"                 // row 6
                + t + "-5,Bad attributes,1.00,,,,1,\"{\"\"a\"\":}\"\n"  // row 7
                + t + "-6,Too precise,1.005,,,,1,\n"                   // row 8
                + t + "-7,Half a stock,1.00,,,,2.5,\n";                // row 9

        Set<String> faults = rowsAndFields(importCsv(csv).statusCode(400)
                .body("error", equalTo("invalid_request"))
                .body("message", containsString("nothing was imported")));

        assertEquals(Set.of("3:price", "4:title", "6:sku", "7:attributes", "8:price", "9:stock"), faults);
        assertEquals(0, productsWithSkuPrefix(dataSource, t), "no row of a rejected upload may be written");
    }

    @Test
    void unknownColumnRejectsTheUpload() {
        String t = token();
        String csv = "sku,title,price,colour\n" + t + "-1,Mug,4.00,red\n";

        Set<String> faults = rowsAndFields(importCsv(csv).statusCode(400));

        assertEquals(Set.of("1:colour"), faults);
        assertEquals(0, productsWithSkuPrefix(dataSource, t));
    }

    @Test
    void missingRequiredColumnRejectsTheUpload() {
        String t = token();
        Set<String> faults = rowsAndFields(importCsv("sku,title\n" + t + "-1,Mug\n").statusCode(400));

        assertEquals(Set.of("1:price"), faults);
        assertEquals(0, productsWithSkuPrefix(dataSource, t));
    }

    @Test
    void rejectedUploadLeavesExistingProductsAsTheyWere() {
        String t = token();
        importCsv(HEADER + t + "-1,Mug,10.00,,,,1,\n").statusCode(200).body("created", equalTo(1));

        importCsv(HEADER + t + "-1,Mug,20.00,,,,1,\n" + t + "-2,New,1.00,,,,1,\n" + t + "-3,Negative,-1,,,,1,\n")
                .statusCode(400).body("violations.row", hasItem(4));

        assertEquals(decimal("10.00"), storedPrice(dataSource, t + "-1"));
        assertEquals(1, productsWithSkuPrefix(dataSource, t));
    }

    @Test
    void jsonlWithBadLinesNamesThemByLineAndWritesNothing() {
        String t = token();
        String jsonl = "{\"sku\":\"" + t + "-1\",\"title\":\"Mug\",\"price\":4}\n"
                + "{\"sku\":\"" + t + "-2\",\"title\":\"Broken\",\n"
                + "{\"sku\":\"" + t + "-3\",\"title\":\"Bowl\",\"price\":\"abc\"}\n"
                + "{\"sku\":\"" + t + "-4\",\"title\":{\"en\":\"Plate\"},\"price\":3,\"weight\":2}\n"
                + "[1,2]\n"
                + "{\"sku\":\"" + t + "-5\",\"title\":\"Jug\",\"price\":3,\"attributes\":[1]}\n"
                + "{\"sku\":\"" + t + "-6\",\"title\":\"Vase\",\"price\":1e400}\n"
                + "{\"sku\":\"" + t + "-7\",\"title\":\"Nul\\u0000\",\"price\":1}\n";

        Set<String> faults = rowsAndFields(importJsonl(jsonl).statusCode(400));

        assertEquals(Set.of("2:row", "3:price", "4:title", "4:weight", "5:row", "6:attributes", "7:price", "8:title"),
                faults);
        assertEquals(0, productsWithSkuPrefix(dataSource, t));
    }

    @Test
    void malformedCsvIsRejected() {
        String t = token();
        importCsv(HEADER + t + "-1,Mug,4.00,,,,1,\n" + t + "-2,\"Unclosed,4.00,,,,1,\n").statusCode(400)
                .body("violations.field", hasItem("body"));
        assertEquals(0, productsWithSkuPrefix(dataSource, t));
    }

    @Test
    void invalidCurrencyIsRejected() {
        String t = token();
        Set<String> faults = rowsAndFields(importCsv(HEADER + t + "-1,Mug,4.00,,,gbp,1,\n").statusCode(400));
        assertEquals(Set.of("2:currency"), faults);
        assertEquals(0, productsWithSkuPrefix(dataSource, t));
    }

    /** The violations as "row:field", e.g. "3:price". */
    private static Set<String> rowsAndFields(ValidatableResponse response) {
        List<Map<String, Object>> violations = response.extract().jsonPath().getList("violations");
        assertTrue(violations != null && !violations.isEmpty(), "a 400 must list its violations");
        return violations.stream().map(v -> v.get("row") + ":" + v.get("field")).collect(Collectors.toSet());
    }
}
