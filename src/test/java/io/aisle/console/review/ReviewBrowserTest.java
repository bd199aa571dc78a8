package io.aisle.console.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.assistant.AssistantFixtures.Chat;
import io.aisle.common.Db;
import io.aisle.search.SearchFixtures;
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
 * The review app in headless Chromium, served by the running app at /review/: frontend/tests/review.mjs signs in as
 * the demo reviewer, filters, opens and labels a conversation, exports and opens the dashboard; screenshots land in
 * target/browser-screenshots/review-*.png. Then the label and the audit entries are checked in the database.
 */
@QuarkusTest
class ReviewBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    @Inject
    DataSource db;

    @Test
    void aReviewerFiltersLabelsAndExportsInTheBrowser() throws Exception {
        String t = SearchFixtures.token();
        SearchFixtures.importShop(t);
        Chat chat = Chat.start(null);
        chat.say("is " + t + "-teapot in stock");
        Files.createDirectories(SCREENSHOTS);
        try (var old = Files.list(SCREENSHOTS)) { // only this test's files: the widget's test has its own
            for (Path file : old.filter(f -> f.getFileName().toString().startsWith("review-")).toList()) {
                Files.delete(file);
            }
        }
        assertTrue(Files.isDirectory(Path.of("frontend", "node_modules", "playwright-core")),
                "frontend/node_modules is missing: run deploy/local/toolchain.sh (installs node, chromium, npm packages)");
        Path log = SCREENSHOTS.resolve("review-browser.log");
        Process node = new ProcessBuilder("node", "tests/review.mjs", "http://localhost:" + RestAssured.port,
                SCREENSHOTS.toAbsolutePath().toString(), "rita", "aisle-demo", t)
                .directory(Path.of("frontend").toFile()).redirectError(log.toFile()).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(3, TimeUnit.MINUTES), "the browser test did not finish");
        assertEquals(0, node.exitValue(), "browser test failed (screenshots in " + SCREENSHOTS + "):\n"
                + Files.readString(log) + out);

        JsonNode result = new ObjectMapper().readTree(out.strip().lines().reduce((a, b) -> b).orElseThrow());
        assertEquals(chat.id, result.get("conversationId").asText());
        assertEquals(1, Db.count(db, "SELECT count(*) FROM conversation_labels WHERE conversation_id = ?"
                + " AND reviewer = 'rita' AND label = 'wrong_fact' AND note = 'Stock figure looks stale'", chat.id));
        for (String shot : List.of("review-01-filtered.png", "review-02-transcript.png", "review-03-labelled.png",
                "review-04-dashboard.png")) {
            assertTrue(Files.size(SCREENSHOTS.resolve(shot)) > 10_000, shot);
        }
    }
}
