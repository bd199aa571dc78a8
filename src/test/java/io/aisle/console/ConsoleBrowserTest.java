package io.aisle.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aisle.browser.BrowserScript;
import io.aisle.common.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The console in headless Chromium beside the chat widget: frontend/tests/console.mjs (Playwright) has a shopper ask
 * for a person, an agent sign in, take the conversation over, note, reply (a canned reply, then their own words) and
 * resolve, and checks the shopper's widget shows the replies; screenshots land in target/browser-screenshots/console-*.
 * Then what was stored and audited is checked here.
 */
@QuarkusTest
class ConsoleBrowserTest {

    @Inject
    DataSource db;

    @Test
    void anAgentTakesOverAWaitingConversationAndTheShopperSeesTheReplyLive() throws Exception {
        BrowserScript.clearScreenshots("console-");
        JsonNode result = BrowserScript.run("console.mjs", "console-browser.log");
        String id = result.get("conversationId").asText();
        assertEquals("resolved|ava", Db.one(db, "SELECT state || '|' || agent_id FROM conversations WHERE id = ?",
                rs -> rs.getString(1), id).orElseThrow());
        assertEquals(1, Db.count(db, "SELECT count(*) FROM conversation_messages WHERE conversation_id = ?"
                + " AND role = 'agent' AND text = ?", id, result.get("reply").asText()));
        assertEquals(1, Db.count(db, "SELECT count(*) FROM conversation_notes WHERE conversation_id = ? AND author = 'ava'",
                id));
        assertEquals("take_over,note,agent_reply,agent_reply,resolve", Db.one(db, "SELECT string_agg(action, ','"
                + " ORDER BY id) FROM audit_log WHERE target_id = ? AND actor = 'ava'", rs -> rs.getString(1), id)
                .orElseThrow());
        for (String shot : List.of("01-inbox", "03-replied", "04-shopper-widget", "05-resolved")) {
            assertTrue(Files.size(BrowserScript.SCREENSHOTS.resolve("console-" + shot + ".png")) > 10_000, shot);
        }
    }
}
