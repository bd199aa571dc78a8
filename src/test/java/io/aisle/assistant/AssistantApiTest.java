package io.aisle.assistant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.assistant.AssistantFixtures.Chat;
import io.aisle.common.Db;
import io.aisle.search.SearchFixtures;
import io.aisle.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The assistant's REST contract: errors name the field, conversations are private, handoff states, logging. */
@QuarkusTest
class AssistantApiTest {

    @Inject
    DataSource db;

    @Test
    void badMessagesAreRejectedNamingTheField() {
        Chat chat = Chat.start(null);
        chat.send("   ").then().statusCode(400).body("violations[0].field", equalTo("text"));
        chat.send("x".repeat(1001)).then().statusCode(400).body("violations[0].field", equalTo("text"));
        given().auth().oauth2(chat.token).contentType("application/json").body("{}")
                .post("/assistant/conversations/" + chat.id + "/messages").then().statusCode(400)
                .body("violations[0].field", equalTo("text"));
    }

    @Test
    void aConversationIsInvisibleToOtherShoppers() throws SQLException {
        String t = SearchFixtures.token();
        Chat mine = Chat.start(t + "-carol");
        mine.say("hi");
        String dave = TestTokens.shopper(t + "-dave");
        given().auth().oauth2(dave).get("/assistant/conversations/" + mine.id).then().statusCode(404);
        given().auth().oauth2(dave).contentType("application/json").body(Map.of("text", "show my orders"))
                .post("/assistant/conversations/" + mine.id + "/messages").then().statusCode(404);
        Chat anonymous = Chat.start(null);
        given().auth().oauth2(TestTokens.anonymous("someone-else")).get("/assistant/conversations/" + anonymous.id)
                .then().statusCode(404);
        given().auth().oauth2(dave).get("/assistant/conversations/c-does-not-exist").then().statusCode(404)
                .body("error", equalTo("not_found"));
    }

    @Test
    void personalDataIsMaskedInTheTranscriptAndTheEventLog() throws Exception {
        Chat chat = Chat.start(null);
        JsonPath turn = chat.say("my card 4111 1111 1111 1111 got charged twice, email me at jo@example.com");
        assertTrue(turn.getList("flags", String.class).contains("personal_data_masked"));
        JsonPath transcript = chat.transcript();
        String stored = transcript.getString("messages[0].text");
        assertEquals("my card [card number] got charged twice, email me at [email]", stored);
        assertEquals("assistant", transcript.getString("messages[1].role"));
        waitForEvents(chat.id, 2);
        assertEquals(0, Db.count(db, "SELECT count(*) FROM events WHERE payload->>'conversationId' = ?"
                + " AND (payload::text LIKE '%4111%' OR payload::text LIKE '%jo@example%')", chat.id));
        assertEquals(0, Db.count(db, "SELECT count(*) FROM conversation_messages WHERE conversation_id = ?"
                + " AND (text LIKE '%4111%' OR text LIKE '%jo@example%')", chat.id));
    }

    @Test
    void turnsToolCallsAndShownProductsAreStoredAndLogged() throws Exception {
        String t = SearchFixtures.token();
        SearchFixtures.importShop(t);
        Chat chat = Chat.start(null);
        JsonPath turn = chat.say("is " + t + "-teapot in stock");
        assertEquals(List.of(t + "-teapot"), turn.getList("products.sku"));
        JsonPath transcript = chat.transcript();
        assertEquals("productDetails", transcript.getString("messages[1].toolCalls[0].name"));
        assertEquals(t + "-teapot", transcript.getString("messages[1].toolCalls[0].result.sku"));
        waitForEvents(chat.id, 2);
        assertEquals(1, Db.count(db, "SELECT count(*) FROM events WHERE type = 'chat_turn' AND payload->>'conversationId' = ?"
                + " AND payload->>'role' = 'assistant' AND item_ids = ARRAY[?]::text[]"
                + " AND payload->'toolCalls'->0->>'name' = 'productDetails'", chat.id, t + "-teapot"));
    }

    @Test
    void handoffGoesThroughTheAgentStatesAndTheBotStaysSilentMeanwhile() {
        Chat chat = Chat.start(null);
        assertEquals("waiting_for_agent", chat.say("get me a human please").getString("state"));
        String agentPath = "/console/api/conversations/" + chat.id;
        String agent = TestTokens.agent("agent-7");
        given().auth().oauth2(agent).post(agentPath + "/take-over")
                .then().statusCode(200).body("state", equalTo("with_agent")).body("agentId", equalTo("agent-7"));
        given().auth().oauth2(agent).post(agentPath + "/take-over")
                .then().statusCode(400).body("violations[0].field", equalTo("state"));
        JsonPath silent = chat.say("what's your return policy");
        assertNull(silent.getString("answer"));
        assertEquals("with_agent", silent.getString("state"));
        given().auth().oauth2(agent).contentType("application/json").body(Map.of("text", "Hi, Sam here, how can I help?"))
                .post(agentPath + "/messages").then().statusCode(200);
        given().auth().oauth2(agent).post(agentPath + "/resolve").then().statusCode(200)
                .body("state", equalTo("resolved"));
        JsonPath transcript = chat.transcript();
        assertEquals("resolved", transcript.getString("state"));
        assertTrue(transcript.getString("handoffReason").contains("get me a human"));
        assertTrue(transcript.getList("messages.role").contains("agent"));
        JsonPath reopened = chat.say("hi again");
        assertEquals("bot", reopened.getString("state"));
        assertFalse(reopened.getString("answer").isBlank());
    }

    @Test
    void theOpenApiDocumentDescribesTheTurnEndpoint() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/assistant/conversations/{id}/messages'.post.summary", equalTo("One turn"))
                .body("tags.name", hasItem("assistant"));
    }

    private void waitForEvents(String conversationId, long expected) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (Db.count(db, "SELECT count(*) FROM events WHERE payload->>'conversationId' = ?", conversationId) >= expected) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("chat_turn events of " + conversationId + " were not written");
    }
}
