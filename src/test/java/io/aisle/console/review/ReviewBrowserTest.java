package io.aisle.console.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aisle.assistant.AssistantFixtures.Chat;
import io.aisle.browser.BrowserScript;
import io.aisle.common.Db;
import io.aisle.search.SearchFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The review app in headless Chromium, served by the running app at /review/: frontend/tests/review.mjs signs in as
 * the demo reviewer, filters, opens and labels a conversation, exports and opens the dashboard; screenshots land in
 * target/browser-screenshots/review-*.png. Then the label and the audit entries are checked in the database.
 */
@QuarkusTest
class ReviewBrowserTest {

    @Inject
    DataSource db;

    @Test
    void aReviewerFiltersLabelsAndExportsInTheBrowser() throws Exception {
        String t = SearchFixtures.token();
        SearchFixtures.importShop(t);
        Chat chat = Chat.start(null);
        chat.say("is " + t + "-teapot in stock");
        BrowserScript.clearScreenshots("review-");
        JsonNode result = BrowserScript.run("review.mjs", "review-browser.log", "rita", "aisle-demo", t);
        assertEquals(chat.id, result.get("conversationId").asText());
        assertEquals(1, Db.count(db, "SELECT count(*) FROM conversation_labels WHERE conversation_id = ?"
                + " AND reviewer = 'rita' AND label = 'wrong_fact' AND note = 'Stock figure looks stale'", chat.id));
        for (String shot : List.of("review-01-filtered.png", "review-02-transcript.png", "review-03-labelled.png",
                "review-04-dashboard.png")) {
            assertTrue(Files.size(BrowserScript.SCREENSHOTS.resolve(shot)) > 10_000, shot);
        }
    }
}
