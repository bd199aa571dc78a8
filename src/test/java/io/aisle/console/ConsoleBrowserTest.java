package io.aisle.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.common.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The console in headless Chromium beside the chat widget: frontend/tests/console.mjs (Playwright) has a shopper ask
 * for a person, an agent sign in, take the conversation over, note, reply (a canned reply, then their own words) and
 * resolve, and checks the shopper's widget shows the replies; screenshots land in target/browser-screenshots/console-*.
 * Then what was stored and audited is checked here. Needs node, frontend/node_modules and /usr/bin/chromium.
 */
@QuarkusTest
class ConsoleBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    @Inject
    DataSource db;

    @Test
    void anAgentTakesOverAWaitingConversationAndTheShopperSeesTheReplyLive() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        try (var old = Files.list(SCREENSHOTS)) { // a failure screenshot of an earlier run must not linger
            for (Path file : old.filter(f -> f.getFileName().toString().startsWith("console-")).toList()) {
                Files.delete(file);
            }
        }
        assertTrue(Files.isDirectory(Path.of("frontend", "node_modules", "playwright-core")),
                "frontend/node_modules is missing: run deploy/local/toolchain.sh (installs node, chromium, npm packages)");
        Path log = SCREENSHOTS.resolve("console.log");
        Process node = new ProcessBuilder("node", "tests/console.mjs", "http://localhost:" + RestAssured.port,
                SCREENSHOTS.toAbsolutePath().toString()).directory(Path.of("frontend").toFile())
                .redirectError(log.toFile()).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(3, TimeUnit.MINUTES), "the browser test did not finish");
        assertEquals(0, node.exitValue(), "browser test failed (screenshots in " + SCREENSHOTS + "):\n"
                + Files.readString(log) + out);

        JsonNode result = new ObjectMapper().readTree(out.strip().lines().reduce((a, b) -> b).orElseThrow());
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
            assertTrue(Files.size(SCREENSHOTS.resolve("console-" + shot + ".png")) > 10_000, shot);
        }
    }
}
