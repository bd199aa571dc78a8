package io.aisle.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.aisle.security.TestTokens;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A small shop under a category root of its own, so a test only ever sees its own products. */
public final class SearchFixtures {

    public static final RestAssuredConfig EXACT_NUMBERS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private SearchFixtures() {
    }

    public static String token() {
        return "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** The category root of the shop of token t. */
    public static String root(String t) {
        return "Shop " + t;
    }

    /**
     * Imports eight products under {@code Shop <t>}, skus {@code <t>-<name>}. Category names are chosen not to be
     * words of the test queries (a query word naming a category becomes a filter), except "Jewellery".
     */
    public static void importShop(String t) {
        String root = root(t);
        String jsonl = String.join("\n",
                row(t, "lantern-white", "White Metal Lantern", "12.50", "A white metal lantern with a glass window",
                        root + " > Candles & Lights", 5, "{\"colour\":\"white\",\"material\":\"metal\"}"),
                row(t, "lantern-pink", "Pink Glass Lantern", "8.00", null, root + " > Candles & Lights", 3,
                        "{\"colour\":\"pink\",\"material\":\"glass\"}"),
                row(t, "holder-glass", "Glass Candle Holder", "4.00", "Clear glass tealight holder",
                        root + " > Candles & Lights", 10, "{\"material\":\"glass\"}"),
                row(t, "holder-wood", "Wooden Candle Holder", "6.50", "Oak tealight holder",
                        root + " > Candles & Lights", 0, "{\"material\":\"wood\"}"),
                row(t, "teapot", "Blue Ceramic Teapot", "25.00", "A teapot for loose leaf tea", root + " > Kitchen > Teaware",
                        2, "{\"colour\":\"blue\",\"material\":\"ceramic\"}"),
                row(t, "mug", "Pink Polka Dot Mug", "4.50", "Stoneware mug for tea or coffee", root + " > Kitchen > Drinkware",
                        20, "{\"colour\":\"pink\"}"),
                row(t, "towel", "Red Stripe Tea Towel", "3.00", "Cotton kitchen towel", root + " > Kitchen > Textiles",
                        7, "{\"colour\":\"red\",\"material\":\"cotton\"}"),
                row(t, "necklace", "Silver Heart Necklace", "45.00", "Sterling silver pendant on a chain",
                        root + " > Jewellery", 1, "{\"colour\":\"silver\"}")) + "\n";
        given().auth().oauth2(TestTokens.service()).contentType("application/x-ndjson").body(jsonl.getBytes(StandardCharsets.UTF_8))
                .when().post("/products/import").then().statusCode(200).body("created", equalTo(8));
    }

    public static String row(String t, String name, String title, String price, String description, String category,
                             int stock, String attributes) {
        return "{\"sku\":\"" + t + "-" + name + "\",\"title\":\"" + title + "\",\"price\":" + price
                + (description == null ? "" : ",\"description\":\"" + description + "\"")
                + ",\"category\":\"" + category + "\",\"stock\":" + stock + ",\"attributes\":" + attributes + "}";
    }
}
