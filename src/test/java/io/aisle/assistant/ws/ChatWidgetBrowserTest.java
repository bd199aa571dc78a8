package io.aisle.assistant.ws;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aisle.browser.BrowserScript;
import io.aisle.common.Db;
import io.aisle.search.SearchFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The chat widget in headless Chromium on the demo store page served by the running app: frontend/tests/chat-widget.mjs
 * (Playwright) chats, checks streamed text and cards, clicks a card, adds to cart, asks for a person, survives a
 * network loss and sees an agent's reply; screenshots land in target/browser-screenshots/. Then the event log and
 * the conversation are checked here. Needs node, frontend/node_modules and /usr/bin/chromium:
 * deploy/local/toolchain.sh installs them.
 */
@QuarkusTest
class ChatWidgetBrowserTest {

    @Inject
    DataSource db;

    @Test
    void aShopperChatsClicksACardAndGetsAPersonInTheBrowser() throws Exception {
        String t = SearchFixtures.token();
        SearchFixtures.importShop(t);
        BrowserScript.clearScreenshots("0", "failure", "chat-widget"); // a failure.png of an earlier run must not linger
        JsonNode result = BrowserScript.run("chat-widget.mjs", "chat-widget.log", "lantern under 10");
        String conversation = result.get("conversationId").asText();
        awaitEvent("chat_click", conversation, result.get("clickedSku").asText());
        awaitEvent("add_to_cart", conversation, result.get("addedSku").asText());

        JsonPath transcript = given().auth().oauth2(result.get("token").asText())
                .get("/assistant/conversations/" + conversation).then().statusCode(200).extract().jsonPath();
        assertEquals("with_agent", transcript.getString("state"));
        assertEquals(ChatActions.HANDOFF_REASON, transcript.getString("handoffReason"));
        assertEquals(List.of("shopper", "assistant", "agent"), transcript.getList("messages.role"));
        for (String shot : List.of("01-answer-with-cards.png", "02-waiting-for-agent.png", "04-agent-reply.png")) {
            assertTrue(Files.size(BrowserScript.SCREENSHOTS.resolve(shot)) > 10_000, shot);
        }
    }

    private void awaitEvent(String type, String conversation, String sku) throws InterruptedException {
        String sql = "SELECT count(*) FROM events WHERE type = ? AND payload->>'conversationId' = ? AND item_ids = ARRAY[?::text]";
        for (int i = 0; i < 50 && Db.count(db, sql, type, conversation, sku) == 0; i++) {
            Thread.sleep(100);
        }
        assertEquals(1, Db.count(db, sql, type, conversation, sku), type + " of " + sku + " in " + conversation);
    }
}
