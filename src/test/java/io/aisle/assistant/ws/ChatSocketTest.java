package io.aisle.assistant.ws;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aisle.assistant.AssistantFixtures.Chat;
import io.aisle.common.Db;
import io.aisle.search.SearchFixtures;
import io.aisle.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chat socket's protocol (docs/assistant-protocol.md) against the running app and its database. */
@QuarkusTest
class ChatSocketTest {

    static String t;

    @Inject
    DataSource db;

    @BeforeEach
    void shop() {
        if (t == null) {
            t = SearchFixtures.token();
            SearchFixtures.importShop(t);
        }
    }

    @Test
    void aTurnStreamsToolProgressThenTheAnswerInWordsThenCardsStateAndDone() throws Exception {
        Chat chat = Chat.start(null);
        try (ChatSocketClient socket = open(chat)) {
            List<JsonNode> opening = socket.untilDone();
            assertEquals(List.of("history", "state", "done"), types(opening));
            assertEquals("bot", opening.get(1).get("state").asText());

            socket.send(Map.of("type", "message", "text", "pink lantern under 10"));
            List<JsonNode> frames = socket.untilDone();
            List<String> types = types(frames);
            assertEquals("progress", types.get(0), types.toString());
            assertEquals("searchProducts", frames.get(0).get("tool").asText());
            assertEquals("searching…", frames.get(0).get("label").asText());
            assertTrue(types.lastIndexOf("progress") < types.indexOf("token"), types.toString());
            assertTrue(types.lastIndexOf("token") < types.indexOf("products"), types.toString());
            assertEquals(List.of("products", "state", "done"), types.subList(types.size() - 3, types.size()));
            assertTrue(frames.stream().filter(f -> "token".equals(f.get("type").asText())).count() > 3,
                    "the answer arrives in several pieces");

            String streamed = frames.stream().filter(f -> "token".equals(f.get("type").asText()))
                    .map(f -> f.get("text").asText()).collect(Collectors.joining());
            assertEquals(chat.transcript().getString("messages[1].text"), streamed);
            JsonNode pink = card(frames, t + "-lantern-pink");
            assertEquals("Pink Glass Lantern", pink.get("title").asText());
            assertEquals(0, new BigDecimal("8.00").compareTo(pink.get("price").decimalValue()));
            assertEquals(3, pink.get("stock").asInt());
            for (JsonNode item : frame(frames, "products").get("items")) {
                assertTrue(item.get("price").decimalValue().compareTo(BigDecimal.TEN) <= 0, item.toString());
            }
        }
    }

    @Test
    void cardClicksAndAddToCartGoToTheEventLog() throws Exception {
        Chat chat = Chat.start(t + "-erin");
        try (ChatSocketClient socket = ChatSocketClient.connect(RestAssured.port, chat.id, chat.token)) {
            socket.untilDone();
            socket.send(Map.of("type", "click", "sku", t + "-mug"));
            assertEquals(List.of("done"), types(socket.untilDone()));
            socket.send(Map.of("type", "add_to_cart", "sku", t + "-mug"));
            assertEquals(List.of("done"), types(socket.untilDone()));
        }
        awaitCount(1, "SELECT count(*) FROM events WHERE type = 'chat_click' AND payload->>'conversationId' = ?"
                + " AND item_ids = ARRAY[?::text] AND customer_id = ? AND session_id = ?", chat.id, t + "-mug", t + "-erin",
                chat.session);
        awaitCount(1, "SELECT count(*) FROM events WHERE type = 'add_to_cart' AND payload->>'conversationId' = ?"
                + " AND payload->>'source' = 'chat' AND item_ids = ARRAY[?::text] AND customer_id = ?", chat.id, t + "-mug",
                t + "-erin");
    }

    @Test
    void aHandoffWaitsForAnAgentWhoseRepliesArriveLiveWhileTheBotStaysSilent() throws Exception {
        Chat chat = Chat.start(null);
        String agentPath = "/console/api/conversations/" + chat.id;
        try (ChatSocketClient socket = open(chat)) {
            socket.untilDone();
            socket.send(Map.of("type", "handoff"));
            List<JsonNode> handoff = socket.untilDone();
            assertEquals(List.of("progress", "state", "done"), types(handoff));
            assertEquals("waiting_for_agent", handoff.get(1).get("state").asText());
            assertEquals(ChatActions.HANDOFF_REASON, handoff.get(1).get("reason").asText());

            given().auth().oauth2(TestTokens.agent("sam")).post(agentPath + "/take-over").then().statusCode(200);
            assertEquals("with_agent", socket.next().get("state").asText());
            given().auth().oauth2(TestTokens.agent("sam")).contentType("application/json")
                    .body(Map.of("text", "Hi, I'm Sam. How can I help?")).post(agentPath + "/messages").then().statusCode(200);
            JsonNode reply = socket.next();
            assertEquals("agent_message", reply.get("type").asText());
            assertEquals("Hi, I'm Sam. How can I help?", reply.get("text").asText());

            socket.send(Map.of("type", "message", "text", "show me mugs"));
            List<JsonNode> silent = socket.untilDone();
            assertEquals(List.of("state", "done"), types(silent), "no progress, no tokens: the agent answers");
            assertEquals("with_agent", silent.get(0).get("state").asText());

            given().auth().oauth2(TestTokens.agent("sam")).post(agentPath + "/resolve").then().statusCode(200);
            assertEquals("resolved", socket.next().get("state").asText());
        }
    }

    @Test
    void badFramesAreAnsweredWithErrorsAndTheSocketStaysUsable() throws Exception {
        Chat chat = Chat.start(null);
        try (ChatSocketClient socket = open(chat)) {
            socket.untilDone();
            socket.sendRaw("not json");
            assertError(socket.untilDone(), "invalid_request", "frame");
            socket.send(Map.of("type", "dance"));
            assertError(socket.untilDone(), "invalid_request", "type: unknown type 'dance'");
            socket.send(Map.of("type", "message", "text", "  "));
            assertError(socket.untilDone(), "invalid_request", "text");
            socket.send(Map.of("type", "message", "text", "x".repeat(1001)));
            assertError(socket.untilDone(), "invalid_request", "at most 1000 characters");
            socket.send(Map.of("type", "click"));
            assertError(socket.untilDone(), "invalid_request", "sku");

            socket.send(Map.of("type", "message", "text", "hello"));
            List<String> types = types(socket.untilDone());
            assertTrue(types.contains("token") && !types.contains("error"), types.toString());
        }
    }

    @Test
    void someoneElsesConversationIsRefusedAndClosed() throws Exception {
        Chat chat = Chat.start(null);
        try (ChatSocketClient socket = ChatSocketClient.connect(RestAssured.port, chat.id,
                TestTokens.anonymous("someone-else"))) {
            assertError(socket.untilDone(), "not_found", chat.id);
            assertEquals(ChatActions.NOT_FOUND_CLOSE, socket.closeCode());
        }
    }

    @Test
    void aSocketWithoutAValidShopperTokenIsRefusedAndClosed() throws Exception {
        Chat chat = Chat.start(null);
        for (String token : new String[] {null, "not-a-token", TestTokens.agent("sam"), chat.token + "x"}) {
            try (ChatSocketClient socket = ChatSocketClient.connect(RestAssured.port, chat.id, token)) {
                assertEquals("unauthorized", socket.next().get("code").asText());
                assertEquals(ChatSocket.UNAUTHORIZED_CLOSE, socket.closeCode());
            }
        }
    }

    private static ChatSocketClient open(Chat chat) {
        return ChatSocketClient.connect(RestAssured.port, chat.id, chat.token);
    }

    private static void assertError(List<JsonNode> frames, String code, String mentions) {
        assertEquals(List.of("error", "done"), types(frames), frames.toString());
        assertEquals(code, frames.get(0).get("code").asText());
        assertTrue(frames.get(0).get("message").asText().contains(mentions), frames.get(0).toString());
    }

    static List<String> types(List<JsonNode> frames) {
        return frames.stream().map(f -> f.get("type").asText()).toList();
    }

    private static JsonNode frame(List<JsonNode> frames, String type) {
        return frames.stream().filter(f -> type.equals(f.get("type").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " frame in " + frames));
    }

    private static JsonNode card(List<JsonNode> frames, String sku) {
        for (JsonNode item : frame(frames, "products").get("items")) {
            if (sku.equals(item.get("sku").asText())) {
                return item;
            }
        }
        throw new AssertionError("no card " + sku + " in " + frames);
    }

    private void awaitCount(long expected, String sql, Object... params) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (Db.count(db, sql, params) == expected) {
                return;
            }
            Thread.sleep(100);
        }
        assertFalse(true, "expected " + expected + " rows for " + sql + " but found " + Db.count(db, sql, params));
    }
}
