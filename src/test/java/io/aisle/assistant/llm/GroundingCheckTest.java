package io.aisle.assistant.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundingCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String LANTERN = """
            {"query":"lantern","total":1,"items":[{"sku":"85123A","title":"White hanging heart T-light holder",
             "price":2.55,"currency":"GBP","stock":12}]}""";
    private static final String ORDER = """
            {"outcome":"found","orderNumber":"581475","order":{"orderNumber":"581475","status":"shipped",
             "placedOn":"2026-11-20","total":25.00,"currency":"GBP","items":["2 x Lantern (85123A)"]}}""";
    private static final String POLICY = """
            {"question":"shipping","passages":[{"heading":"Costs","text":"Standard delivery costs £3.95, free over £1,000."}]}""";

    private static GroundingCheck check(String shopper, String... results) throws Exception {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String result : results) {
            nodes.add(JSON.readTree(result));
        }
        return GroundingCheck.of(nodes, shopper);
    }

    @Test
    void factsFromToolResultsPass() throws Exception {
        GroundingCheck check = check("any lanterns?", LANTERN, ORDER, POLICY);
        assertEquals(List.of(), check.violations("The White hanging heart T-light holder (85123A) costs £2.55 and "
                + "12 are in stock. Your order 581475 placed 2026-11-20 (£25.00) has shipped. Delivery is £3.95, "
                + "free over £1,000. Returns within 30 days."));
        assertEquals(List.of(), check.violations("It costs 2.55 GBP; stock level of 12."));
    }

    @Test
    void anInventedPriceIsCaught() throws Exception {
        assertEquals(List.of("price £1.99"), check("lanterns", LANTERN).violations("85123A costs only £1.99 today!"));
    }

    @Test
    void anInventedStockLevelIsCaught() throws Exception {
        assertEquals(List.of("stock 40 in stock"), check("lanterns", LANTERN).violations("85123A: 40 in stock."));
    }

    @Test
    void aProductCodeNoToolReturnedIsCaughtButOneTheShopperWroteIsNot() throws Exception {
        GroundingCheck check = check("is 22423 any good?", LANTERN);
        assertEquals(List.of("code 84879"), check.violations("Try 84879, or 85123A."));
        assertEquals(List.of(), check.violations("I could not find 22423."));
    }

    @Test
    void anOrderNumberNoToolReturnedIsCaught() throws Exception {
        assertEquals(List.of("code 777777"), check("where is my order", ORDER).violations("Order 777777 has shipped."));
    }

    @Test
    void aPriceTheShopperNamedIsStillAnInventedPrice() throws Exception {
        assertEquals(List.of("price £1"), check("is 85123A £1?", LANTERN).violations("Yes, 85123A is £1."));
    }
}
