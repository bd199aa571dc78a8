package io.aisle.security.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.assistant.AssistantFixtures.Chat;
import io.aisle.common.Db;
import io.aisle.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The test profile keeps chat text 180 days (aisle.privacy.chat-retention=P180D). */
@QuarkusTest
class RetentionTest {

    private static final String MARKER = "[redacted]";

    @Inject
    DataSource db;

    @Test
    void textOlderThanTheRetentionPeriodIsRedactedAndItsStructureKept() throws Exception {
        String t = PrivacyFixtures.shop();
        Chat old = chat(t);
        Chat recent = chat(t);
        age(old.id, 200);
        age(recent.id, 170);
        String oldEvent = chatTurnEvent(old, 200);
        String recentEvent = chatTurnEvent(recent, 170);

        JsonPath run = runNow();

        assertTrue(run.getLong("counts.conversation_messages") >= 2, run.prettify());
        assertEquals(List.of(MARKER), texts("SELECT DISTINCT text FROM conversation_messages WHERE conversation_id = ?", old.id));
        assertEquals(2, Db.count(db, "SELECT count(*) FROM conversation_messages WHERE conversation_id = ?"
                + " AND redacted_at IS NOT NULL AND (role = 'shopper' AND intent IS NOT NULL OR role = 'assistant')", old.id),
                "roles and intents stay");
        assertFalse(texts("SELECT text FROM conversation_messages WHERE conversation_id = ?", recent.id).contains(MARKER));
        assertEquals(0, Db.count(db, "SELECT count(*) FROM conversation_tool_calls WHERE conversation_id = ?"
                + " AND (arguments::text LIKE '%teapot%' OR result::text LIKE '%Teapot%')", old.id));
        assertTrue(Db.count(db, "SELECT count(*) FROM conversation_tool_calls WHERE conversation_id = ? AND name <> ''"
                + " AND latency_ms >= 0 AND arguments::text LIKE '%[redacted]%'", old.id) > 0, "tool names and latency stay");
        assertTrue(Db.count(db, "SELECT count(*) FROM conversation_tool_calls WHERE conversation_id = ?"
                + " AND arguments::text LIKE '%teapot%'", recent.id) > 0);
        assertEquals(0, Db.count(db, "SELECT count(*) FROM conversation_llm_memory WHERE conversation_id = ?", old.id));
        assertEquals(1, Db.count(db, "SELECT count(*) FROM conversation_llm_memory WHERE conversation_id = ?", recent.id));
        assertEquals(MARKER + " search 2 " + MARKER + " 12", Db.one(db, "SELECT concat_ws(' ', payload ->> 'text',"
                + " payload #>> '{toolCalls,0,name}', payload #>> '{tokens,input}', payload #>> '{toolCalls,0,arguments,query}',"
                + " payload #>> '{toolCalls,0,latencyMs}') FROM events WHERE event_id = ?", rs -> rs.getString(1), oldEvent)
                .orElseThrow());
        assertEquals("a teapot please", Db.one(db, "SELECT payload ->> 'text' FROM events WHERE event_id = ?",
                rs -> rs.getString(1), recentEvent).orElseThrow());

        JsonPath again = runNow();
        assertEquals(0, again.getLong("counts.conversation_messages") + again.getLong("counts.chat_turn_events"),
                "what is redacted is not done again");
    }

    private static JsonPath runNow() {
        return given().auth().oauth2(TestTokens.admin()).post("/admin/privacy/retention/run").then().statusCode(200)
                .extract().jsonPath();
    }

    private static Chat chat(String t) {
        Chat chat = Chat.start(null);
        chat.say("is " + t + "-teapot in stock");
        return chat;
    }

    /** Moves the conversation's rows {@code days} back in time, and gives it an LLM memory of that age. */
    private void age(String conversation, int days) throws Exception {
        for (String table : List.of("conversation_messages", "conversation_tool_calls")) {
            Db.execute(db, "UPDATE " + table + " SET created_at = created_at - make_interval(days => ?)"
                    + " WHERE conversation_id = ?", days, conversation);
        }
        Db.execute(db, "INSERT INTO conversation_llm_memory (conversation_id, messages, updated_at)"
                + " VALUES (?, '[]', now() - make_interval(days => ?))", conversation, days);
    }

    /** A chat_turn event as the assistant logs it, sent to the event log {@code days} ago. */
    private static String chatTurnEvent(Chat chat, int days) {
        Map<String, Object> payload = Map.of("conversationId", chat.id, "role", "assistant", "text", "a teapot please",
                "intent", "product_search", "tokens", Map.of("input", 2, "output", 3),
                "toolCalls", List.of(Map.of("name", "search", "latencyMs", 12, "arguments", Map.of("query", "teapot"))));
        Map<String, Object> event = PrivacyFixtures.event("chat_turn", null, chat.session, Map.of("payload", payload));
        event.put("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(days).toString());
        PrivacyFixtures.postEvents(List.of(event));
        return (String) event.get("eventId");
    }

    private List<String> texts(String sql, String conversation) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (var c = db.getConnection(); var st = c.prepareStatement(sql)) {
            st.setString(1, conversation);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
