package io.aisle.console.review;

import static io.aisle.console.review.ReviewFixtures.reviewer;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.assistant.AssistantFixtures.Chat;
import io.aisle.common.Db;
import io.aisle.search.SearchFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Transcripts with tool calls, labels on conversations and messages, and the JSONL export of a filtered set. */
@QuarkusTest
class ReviewLabelExportTest {

    @Inject
    DataSource db;

    @Test
    void aReviewerLabelsAConversationAndAnAnswerAndFindsThemAgain() throws Exception {
        String t = SearchFixtures.token();
        SearchFixtures.importShop(t);
        Chat chat = Chat.start(null);
        chat.say("is " + t + "-teapot in stock");
        ReviewFixtures.moveTo(db, chat.id, "2018-05-01");

        JsonPath transcript = transcript(chat.id);
        assertEquals("productDetails", transcript.getString("messages[1].toolCalls[0].name"));
        assertEquals(t + "-teapot", transcript.getString("messages[1].toolCalls[0].result.sku"));
        long answer = transcript.getLong("messages[1].id");

        long whole = label(chat.id, Map.of("label", "wrong_fact", "note", "  the stock was 3, not 2  "))
                .then().statusCode(201).body("reviewer", equalTo("rita")).body("note", equalTo("the stock was 3, not 2"))
                .extract().jsonPath().getLong("id");
        label(chat.id, Map.of("label", "good_answer", "messageId", answer)).then().statusCode(201)
                .body("messageId", equalTo((int) answer));
        JsonPath labelled = transcript(chat.id);
        assertEquals(List.of("wrong_fact", "good_answer"), labelled.getList("labels.label"));
        assertEquals(List.of("good_answer", "wrong_fact"), labelled.getList("conversation.labels"));

        assertEquals(2, Db.count(db, "SELECT count(*) FROM audit_log WHERE actor = 'rita' AND action = 'label'"
                + " AND target_type = 'conversation' AND target_id = ?", chat.id));
        assertEquals(List.of(chat.id), found(Map.of("label", "wrong_fact")));
        assertEquals(List.of(chat.id), found(Map.of("flagged", "true")));
        assertEquals(List.of(), found(Map.of("label", "should_have_handed_off")));
        assertTrue(reviewer().get("/review/api/labels").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class).contains(whole));

        reviewer().delete("/review/api/labels/" + whole).then().statusCode(204);
        reviewer().delete("/review/api/labels/" + whole).then().statusCode(404);
        assertEquals(1, Db.count(db, "SELECT count(*) FROM audit_log WHERE actor = 'rita' AND action = 'delete_label'"
                + " AND target_id = ? AND (details->>'labelId')::bigint = ?", chat.id, whole));
        assertEquals(List.of(), found(Map.of("label", "wrong_fact")));
    }

    @Test
    void badLabelsAreRejectedNamingTheField() {
        Chat chat = Chat.start(null);
        chat.say("hello");
        Chat other = Chat.start(null);
        other.say("hello");
        long foreign = transcript(other.id).getLong("messages[0].id");
        label(chat.id, Map.of("label", "great")).then().statusCode(400).body("violations[0].field", equalTo("label"));
        label(chat.id, Map.of("note", "no label")).then().statusCode(400).body("violations[0].field", equalTo("label"));
        label(chat.id, Map.of("label", "other", "note", "x".repeat(2001))).then().statusCode(400)
                .body("violations[0].field", equalTo("note"));
        label(chat.id, Map.of("label", "other", "messageId", foreign)).then().statusCode(400)
                .body("violations[0].field", equalTo("messageId"));
        label("c-no-such-conversation", Map.of("label", "other")).then().statusCode(404);
        assertEquals(List.of(), transcript(chat.id).getList("labels"), "nothing was written");
    }

    @Test
    void theExportHasOneLinePerFilteredConversationWithMessagesToolCallsAndLabels() throws Exception {
        String t = SearchFixtures.token();
        SearchFixtures.importShop(t);
        Chat teapot = Chat.start(null);
        teapot.say("is " + t + "-teapot in stock");
        Chat human = Chat.start(null);
        human.say("get me a human please");
        Chat ignored = Chat.start(null);
        ignored.say("hello");
        for (Chat chat : List.of(teapot, human, ignored)) {
            ReviewFixtures.moveTo(db, chat.id, "2018-06-01");
        }
        ReviewFixtures.moveTo(db, ignored.id, "2018-06-02");
        label(teapot.id, Map.of("label", "good_answer", "note", "right price")).then().statusCode(201);

        Response export = reviewer().queryParam("from", "2018-06-01").queryParam("to", "2018-06-01")
                .get("/review/api/export");
        export.then().statusCode(200).contentType("application/x-ndjson")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".jsonl"));
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : export.asString().split("\n")) {
            lines.add(json.readTree(line));
        }
        assertEquals(List.of(human.id, teapot.id), lines.stream().map(l -> l.at("/conversation/id").asText()).toList());
        JsonNode first = lines.get(1);
        assertEquals("shopper", first.at("/messages/0/role").asText());
        assertEquals("productDetails", first.at("/messages/1/toolCalls/0/name").asText());
        assertEquals(t + "-teapot", first.at("/messages/1/toolCalls/0/result/sku").asText());
        assertEquals("good_answer", first.at("/labels/0/label").asText());
        assertEquals("right price", first.at("/labels/0/note").asText());
        assertEquals("waiting_for_agent", lines.get(0).at("/conversation/state").asText());
        assertEquals(1, Db.count(db, "SELECT count(*) FROM audit_log WHERE actor = 'rita' AND action = 'export'"
                + " AND details->'filter'->>'from' LIKE '2018-06-01%' AND (details->>'conversations')::int = 2"));
        assertEquals("", reviewer().queryParam("from", "2018-06-03").queryParam("to", "2018-06-03")
                .get("/review/api/export").then().statusCode(200).extract().asString());
        reviewer().queryParam("tier", "gold").get("/review/api/export").then().statusCode(400)
                .body("violations[0].field", equalTo("tier"));
    }

    private static JsonPath transcript(String id) {
        return reviewer().get("/review/api/conversations/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static Response label(String conversation, Map<String, ?> body) {
        return reviewer().contentType("application/json").body(body)
                .post("/review/api/conversations/" + conversation + "/labels");
    }

    private static List<String> found(Map<String, String> filters) {
        return reviewer().queryParam("from", "2018-05-01").queryParam("to", "2018-05-01").queryParams(filters)
                .get("/review/api/conversations").then().statusCode(200).extract().jsonPath().getList("items.id");
    }
}
