package io.aisle.console;

import static io.aisle.console.ConsoleFixtures.conversation;
import static io.aisle.console.ConsoleFixtures.waiting;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.assistant.conversation.ConversationRepository;
import io.aisle.assistant.conversation.ToolCall;
import io.aisle.common.Db;
import io.aisle.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's REST API as agents use it: taking over, replying, handing back, resolving, notes, audit. */
@QuarkusTest
class ConsoleApiTest {

    static final String API = "/console/api";

    @Inject
    DataSource db;
    @Inject
    ConversationRepository conversations;

    String t;

    @BeforeEach
    void quiet() throws SQLException {
        ConsoleFixtures.quietQueue(db);
        t = ConsoleFixtures.token();
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    static String path(String id) {
        return API + "/conversations/" + id;
    }

    @Test
    void anAgentTakesOverRepliesHandsBackAndResolvesAndEachStepIsAudited() throws SQLException {
        String id = waiting(conversations, null, 0);
        String ava = TestTokens.agent("ava");

        given().auth().oauth2(ava).post(path(id) + "/take-over").then().statusCode(200) // no body, no content type
                .body("state", equalTo("with_agent")).body("agentId", equalTo("ava"));
        as(ava).post(path(id) + "/take-over").then().statusCode(400).body("violations[0].field", equalTo("state"));
        as(ava).body(Map.of("text", "Hi, Ava here. How can I help?")).post(path(id) + "/messages").then()
                .statusCode(200).body("state", equalTo("with_agent"));
        as(ava).get(API + "/inbox").then().statusCode(200).body("mine.conversationId", hasItem(id))
                .body("waiting.conversationId", not(hasItem(id)));
        as(ava).post(path(id) + "/hand-back").then().statusCode(200).body("state", equalTo("bot"));
        as(ava).body(Map.of("text", "still there?")).post(path(id) + "/messages").then().statusCode(400)
                .body("violations[0].field", equalTo("state"));
        as(ava).post(path(id) + "/take-over").then().statusCode(200).body("state", equalTo("with_agent"));
        as(ava).post(path(id) + "/resolve").then().statusCode(200).body("state", equalTo("resolved"));
        as(ava).post(path(id) + "/resolve").then().statusCode(400).body("violations[0].field", equalTo("state"));
        as(ava).post(path(id) + "/hand-back").then().statusCode(400).body("violations[0].field", equalTo("state"));

        as(ava).get(path(id)).then().statusCode(200).body("conversation.state", equalTo("resolved"))
                .body("messages.role", equalTo(List.of("agent"))).body("messages[0].text",
                        equalTo("Hi, Ava here. How can I help?"));
        assertEquals(List.of("take_over", "agent_reply", "hand_back", "take_over", "resolve"), audited(id));
    }

    @Test
    void anAgentCanOnlyWriteToAndResolveAConversationTheyHold() throws SQLException {
        String id = waiting(conversations, null, 0);
        as(TestTokens.agent("ava")).body(Map.of("text", "first")).post(path(id) + "/messages").then().statusCode(400)
                .body("violations[0].field", equalTo("state"));
        as(TestTokens.agent("ava")).post(path(id) + "/take-over").then().statusCode(200);
        String ben = TestTokens.agent("ben");
        as(ben).body(Map.of("text", "I'll answer")).post(path(id) + "/messages").then().statusCode(400)
                .body("violations[0].field", equalTo("state"))
                .body("violations[0].message", equalTo("conversation is with_agent held by another agent;"
                        + " only the agent who holds it can do that"));
        as(ben).post(path(id) + "/hand-back").then().statusCode(400);
        as(ben).post(path(id) + "/resolve").then().statusCode(400);
        as(ben).post(path(id) + "/take-over").then().statusCode(400);
        assertEquals(0, Db.count(db, "SELECT count(*) FROM conversation_messages WHERE conversation_id = ?", id));
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNothingIsWritten() throws SQLException {
        String id = waiting(conversations, null, 0);
        String ava = TestTokens.agent("ava");
        as(ava).post(path(id) + "/take-over").then().statusCode(200);

        as(ava).body(Map.of("text", "x".repeat(2001))).post(path(id) + "/messages").then().statusCode(400)
                .body("violations[0].field", equalTo("text"))
                .body("violations[0].message", equalTo("must be at most 2000 characters, got 2001"));
        as(ava).body(Map.of("text", "  ")).post(path(id) + "/messages").then().statusCode(400)
                .body("violations[0].field", equalTo("text"));
        as(ava).body("{}").post(path(id) + "/messages").then().statusCode(400).body("violations[0].field", equalTo("text"));
        as(ava).body(Map.of("text", "hello", "cannedReply", "no-such")).post(path(id) + "/messages").then()
                .statusCode(400).body("violations[0].field", equalTo("cannedReply"));
        as(ava).body("{\"text\": ").post(path(id) + "/messages").then().statusCode(400);
        as(ava).body(Map.of("text", "y".repeat(2001))).post(path(id) + "/notes").then().statusCode(400)
                .body("violations[0].field", equalTo("text"));
        as(ava).body(Map.of()).put(API + "/me/availability").then().statusCode(400)
                .body("violations[0].field", equalTo("available"));
        assertEquals(0, Db.count(db, "SELECT count(*) FROM conversation_messages WHERE conversation_id = ?", id));
        assertEquals(0, Db.count(db, "SELECT count(*) FROM conversation_notes WHERE conversation_id = ?", id));

        String unknown = "c-" + t;
        for (String action : List.of("/take-over", "/hand-back", "/resolve")) {
            as(ava).post(path(unknown) + action).then().statusCode(404).body("error", equalTo("not_found"));
        }
        as(ava).body(Map.of("text", "hi")).post(path(unknown) + "/messages").then().statusCode(404);
        as(ava).body(Map.of("text", "hi")).post(path(unknown) + "/notes").then().statusCode(404);
        as(ava).get(path(unknown)).then().statusCode(404).body("message", equalTo("no conversation " + unknown));
        as(ava).get(path(unknown) + "/customer").then().statusCode(404);
    }

    @Test
    void privateNotesAreAuditedAndNeverReachTheShopper() throws SQLException {
        String id = conversation(conversations, null);
        String ava = TestTokens.agent("ava");
        as(ava).body(Map.of("text", "Asked twice about the refund; be gentle.")).post(path(id) + "/notes").then()
                .statusCode(200).body("author", equalTo("ava"));
        as(TestTokens.agent("ben")).get(path(id) + "/notes").then().statusCode(200)
                .body("text", equalTo(List.of("Asked twice about the refund; be gentle.")));
        as(ava).get(path(id)).then().statusCode(200).body("notes[0].author", equalTo("ava"));

        String shopperView = given().auth().oauth2(TestTokens.anonymous(ConsoleFixtures.session(id)))
                .get("/assistant/conversations/" + id).then().statusCode(200).extract().asString();
        assertTrue(!shopperView.contains("refund"), shopperView);
        assertEquals(List.of("note"), audited(id));
    }

    @Test
    void theConversationShowsEveryMessageWithItsToolCalls() throws Exception {
        String id = conversation(conversations, null);
        conversations.addMessage(id, "shopper", "a lantern under 10", "product_search", List.of());
        long answer = conversations.addMessage(id, "assistant", "Here are two lanterns.", "product_search", List.of());
        var json = new ObjectMapper();
        conversations.addToolCalls(id, answer, List.of(new ToolCall("searchProducts",
                json.readTree("{\"query\":\"lantern\",\"maxPrice\":10}"), json.readTree("{\"total\":2}"), 14)));

        as(TestTokens.agent("ava")).get(path(id)).then().statusCode(200)
                .body("conversation.state", equalTo("bot"))
                .body("shopperOnline", equalTo(false))
                .body("messages.role", equalTo(List.of("shopper", "assistant")))
                .body("messages[1].toolCalls[0].name", equalTo("searchProducts"))
                .body("messages[1].toolCalls[0].arguments.maxPrice", equalTo(10))
                .body("messages[1].toolCalls[0].result.total", equalTo(2));
        as(TestTokens.agent("ava")).get(API + "/inbox").then().statusCode(200).body("bot.conversationId", hasItem(id));
    }

    private List<String> audited(String conversationId) {
        return Db.one(db, "SELECT coalesce(string_agg(action, ',' ORDER BY id), '') FROM audit_log"
                + " WHERE target_type = 'conversation' AND target_id = ?", rs -> rs.getString(1), conversationId)
                .map(s -> s.isEmpty() ? List.<String>of() : List.of(s.split(","))).orElseThrow();
    }
}
