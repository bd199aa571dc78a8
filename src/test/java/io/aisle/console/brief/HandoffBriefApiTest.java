package io.aisle.console.brief;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.assistant.AssistantFixtures;
import io.aisle.assistant.AssistantFixtures.Chat;
import io.aisle.common.Db;
import io.aisle.search.SearchFixtures;
import io.aisle.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The handoff brief of real conversations held through the assistant API in grounded mode (no LLM configured). */
@QuarkusTest
class HandoffBriefApiTest {

    @Inject
    DataSource db;

    static String path(String conversationId) {
        return "/console/api/conversations/" + conversationId + "/brief";
    }

    /** The brief as agent ava reads it. */
    static JsonPath brief(String conversationId) {
        return given().config(SearchFixtures.EXACT_NUMBERS).auth().oauth2(TestTokens.agent("ava")).get(path(conversationId))
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aHandedOffConversationsBriefHoldsWhatWasSaidAndShown() throws Exception {
        String t = SearchFixtures.token();
        SearchFixtures.importShop(t);
        String customer = t + "-ann";
        String order = AssistantFixtures.customerWithOrder(db, customer, t + "-teapot", "shipped");
        AssistantFixtures.score(db, customer, "top20", 800, 0.25);
        Chat chat = Chat.start(customer);
        chat.say("do you have any lanterns under £10");
        chat.say("is " + t + "-teapot in stock");
        chat.say("where is my order " + order);
        chat.say("WHERE IS MY ORDER " + order + "!!");
        assertEquals("waiting_for_agent", chat.say("I want to talk to a person").getString("state"));
        JsonPath transcript = chat.transcript();

        JsonPath brief = brief(chat.id);

        assertEquals("waiting_for_agent", brief.getString("state"));
        assertTrue(brief.getBoolean("handoff.handedOff"));
        assertEquals(transcript.getString("handoffReason"), brief.getString("handoff.reason"));
        assertEquals("I want to talk to a person", brief.getString("handoff.triggerMessage"));
        assertNotNull(brief.getString("handoff.at"));

        List<String> intents = brief.getList("wants.intents.intent");
        assertEquals(transcript.getList("messages.findAll { it.role == 'shopper' }.intent").stream().distinct().toList(),
                intents);
        assertTrue(intents.containsAll(List.of("search", "order_status", "handoff")), intents.toString());
        assertEquals("lanterns", brief.getString("wants.lastSearch"));
        BigDecimal bound = Db.one(db, "SELECT (dialogue->>'maxPrice')::numeric FROM conversations WHERE id = ?",
                rs -> rs.getBigDecimal(1), chat.id).orElseThrow();
        assertTrue(bound.compareTo(new BigDecimal("10")) < 0, "under £10: " + bound);
        assertEquals(0, bound.compareTo(brief.getObject("wants.maxPrice", BigDecimal.class)));

        List<Map<String, Object>> searched = transcript.getList("messages[1].toolCalls[0].result.items");
        List<Object> expectedSkus = new ArrayList<>(List.of(t + "-teapot"));
        searched.forEach(card -> expectedSkus.add(card.get("sku")));
        assertEquals(expectedSkus, brief.getList("products.sku"));
        assertEquals("Blue Ceramic Teapot", brief.getString("products[0].title"));
        assertEquals(0, new BigDecimal("25.00").compareTo(brief.getObject("products[0].price", BigDecimal.class)));
        assertEquals(List.of("productDetails"), brief.getList("products[0].tools"));
        for (int i = 0; i < searched.size(); i++) {
            assertEquals(searched.get(i).get("title"), brief.getString("products[" + (i + 1) + "].title"));
            assertEquals(0, new BigDecimal(searched.get(i).get("price").toString())
                    .compareTo(brief.getObject("products[" + (i + 1) + "].price", BigDecimal.class)));
        }

        assertEquals(List.of(order), brief.getList("orders.orderNumber"));
        assertEquals("found", brief.getString("orders[0].outcome"));
        assertEquals("shipped", brief.getString("orders[0].status"));
        assertEquals(0, new BigDecimal("25.00").compareTo(brief.getObject("orders[0].total", BigDecimal.class)));
        assertEquals(List.of("2 x Blue Ceramic Teapot (" + t + "-teapot)"), brief.getList("orders[0].items"));

        assertEquals(transcript.getList("messages.findAll { it.role == 'assistant' }.text"),
                brief.getList("botAnswers.text"));
        assertTrue(brief.getString("botAnswers[-1].text").contains("member of our team"));

        assertEquals("angry", brief.getString("mood.level"));
        List<String> reasons = brief.getList("mood.reasons");
        assertEquals(4, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).startsWith("wrote in capitals") && reasons.get(1).startsWith("asked the same again")
                && reasons.get(2).startsWith("used \"!!\"") && reasons.get(3).contains("I want to talk to a person"),
                reasons.toString());

        assertEquals(customer, brief.getString("customer.customerId"));
        assertEquals("top20", brief.getString("customer.tier"));
        assertEquals(0.25, brief.getDouble("customer.churnRisk"));

        assertEquals("template", brief.getString("summary.source"));
        assertNull(brief.getString("summary.model"));
        String summary = brief.getString("summary.text");
        for (String fact : List.of("I want to talk to a person", "Blue Ceramic Teapot (" + t + "-teapot, £25.00)",
                order + " (shipped", "Mood: angry", "value tier top20")) {
            assertTrue(summary.contains(fact), fact + " missing from: " + summary);
        }
    }

    @Test
    void aConversationStillWithTheBotGetsWhatIsKnown() {
        Chat chat = Chat.start(null);
        chat.say("hi");

        JsonPath brief = brief(chat.id);

        assertEquals("bot", brief.getString("state"));
        assertFalse(brief.getBoolean("handoff.handedOff"));
        assertNull(brief.getString("handoff.reason"));
        assertEquals(List.of("greeting"), brief.getList("wants.intents.intent"));
        assertTrue(brief.getList("products").isEmpty());
        assertTrue(brief.getList("orders").isEmpty());
        assertEquals(1, brief.getList("botAnswers").size());
        assertEquals("calm", brief.getString("mood.level"));
        assertNull(brief.getString("customer.customerId"));
        assertTrue(brief.getString("summary.text").startsWith("Not handed off"));
    }

    @Test
    void anUnknownConversationIsNotFound() {
        given().auth().oauth2(TestTokens.agent("ava")).get(path("c-no-such-one")).then().statusCode(404)
                .body("error", equalTo("not_found"));
    }

    @Test
    void onlyAgentsReadBriefs() {
        Chat chat = Chat.start(SearchFixtures.token() + "-zoe");
        chat.say("I want to talk to a person");

        given().get(path(chat.id)).then().statusCode(401).body("error", equalTo("unauthorized"));
        given().auth().oauth2(chat.token).get(path(chat.id)).then().statusCode(403).body("error", equalTo("forbidden"));
        given().auth().oauth2(TestTokens.anonymous("s-" + SearchFixtures.token())).get(path(chat.id)).then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.reviewer("rita")).get(path(chat.id)).then().statusCode(403);
        given().auth().oauth2(TestTokens.service()).get(path(chat.id)).then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).get(path(chat.id)).then().statusCode(200)
                .body("handoff.triggerMessage", equalTo("I want to talk to a person"));
    }
}
