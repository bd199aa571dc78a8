package io.aisle.assistant.llm;

import static io.aisle.assistant.llm.ScriptedChatModel.answer;
import static io.aisle.assistant.llm.ScriptedChatModel.answerFromLastResult;
import static io.aisle.assistant.llm.ScriptedChatModel.callTool;
import static io.aisle.assistant.llm.ScriptedChatModel.sleep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import io.aisle.assistant.AssistantFixtures;
import io.aisle.assistant.AssistantFixtures.Chat;
import io.aisle.common.Db;
import io.aisle.search.SearchFixtures;
import io.aisle.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.RoundingMode;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The assistant's LLM path on a scripted model: tools, fed-back results, the output guardrail, scoping, memory. */
@QuarkusTest
@TestProfile(ScriptedLlmProfile.class)
class LlmAssistantTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ScriptedLlmBackend backend;

    @Inject
    DataSource db;

    private String t;
    private String teapot;

    @BeforeEach
    void shop() {
        t = SearchFixtures.token();
        SearchFixtures.importShop(t);
        teapot = t + "-teapot";
    }

    private ScriptedChatModel model() {
        return backend.model();
    }

    private static String price(String toolResult) {
        try {
            JsonNode details = JSON.readTree(toolResult).path("product");
            return "£" + details.path("price").decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString();
        } catch (Exception e) {
            throw new AssertionError("tool result is not JSON: " + toolResult, e);
        }
    }

    @Test
    void theModelsToolCallsRunAndTheirResultsAreFedBack() throws Exception {
        model().script(List.of(callTool("productDetails", "{\"sku\":\"" + teapot + "\"}"),
                answerFromLastResult(r -> "The Blue Ceramic Teapot (" + teapot + ") costs " + price(r) + ".")));
        Chat chat = Chat.start(null);
        JsonPath turn = chat.say("how much is the blue teapot?");

        assertEquals("The Blue Ceramic Teapot (" + teapot + ") costs £25.00.", turn.getString("answer"));
        assertEquals("productDetails", turn.getString("toolCalls[0].name"));
        assertEquals(List.of(teapot), turn.getList("products.sku"));
        List<ChatRequest> requests = model().requests();
        assertEquals(2, requests.size());
        assertTrue(requests.get(0).toolSpecifications().stream().anyMatch(s -> s.name().equals("orderStatus")));
        assertEquals(2, JSON.readTree(ScriptedChatModel.lastToolResult(requests.get(1))).at("/product/stock").asInt());
        JsonNode event = assistantEvent(chat.id);
        assertEquals(ScriptedChatModel.NAME, event.path("model").asText());
        assertEquals(200, event.path("tokens").path("input").asInt());
        assertEquals(20, event.path("tokens").path("output").asInt());
    }

    @Test
    void anInventedPriceIsCaughtRetriedOnceAndTheTurnAnsweredGrounded() throws Exception {
        model().script(List.of(callTool("productDetails", "{\"sku\":\"" + teapot + "\"}"),
                answer("The teapot (" + teapot + ") is only £9.99 today."),
                answer("Sorry: the teapot (" + teapot + ") is £8.88.")));
        Chat chat = Chat.start(null);
        JsonPath turn = chat.say("how much is " + teapot + "?");

        String answer = turn.getString("answer");
        assertTrue(answer.contains("£25.00"), answer);
        assertFalse(answer.contains("9.99") || answer.contains("8.88"), answer);
        List<ChatRequest> requests = model().requests();
        assertEquals(3, requests.size());
        ChatMessage correction = requests.get(2).messages().get(requests.get(2).messages().size() - 1);
        assertTrue(((UserMessage) correction).singleText().contains("£9.99"));
        List<String> flags = chat.transcript().getList("messages[1].flags", String.class);
        assertTrue(flags.containsAll(List.of("guardrail_retry", "guardrail_fallback")), flags.toString());
        assertTrue(assistantEvent(chat.id).path("guardrailProblems").toString().contains("£8.88"));
        List<ChatMessage> remembered = new LlmMemoryStore(db).getMessages(chat.id);
        assertEquals(answer, ((AiMessage) remembered.get(remembered.size() - 1)).text());
        assertTrue(remembered.stream().noneMatch(m -> m.toString().contains("9.99") || m.toString().contains("8.88")));
    }

    @Test
    void aCorrectedAnswerIsKeptAndTheRejectedOneForgotten() throws Exception {
        model().script(List.of(callTool("productDetails", "{\"sku\":\"" + teapot + "\"}"),
                answer("It (" + teapot + ") costs £1.00."), answer("It (" + teapot + ") costs £25.00.")));
        Chat chat = Chat.start(null);
        JsonPath turn = chat.say("price of " + teapot + "?");

        assertEquals("It (" + teapot + ") costs £25.00.", turn.getString("answer"));
        assertEquals(List.of("guardrail_retry"), chat.transcript().getList("messages[1].flags", String.class));
        List<ChatMessage> remembered = new LlmMemoryStore(db).getMessages(chat.id);
        assertTrue(remembered.stream().noneMatch(m -> m.toString().contains("£1.00")
                || m.toString().contains(TurnMemoryEditor.CORRECTION)), remembered.toString());
    }

    @Test
    void ordersAreScopedByTheConversationsCustomerWhateverTheModelPasses() throws Exception {
        String aliceOrder = AssistantFixtures.customerWithOrder(db, t + "-alice", t + "-mug", "shipped");
        String bobOrder = AssistantFixtures.customerWithOrder(db, t + "-bob", t + "-teapot", "paid");
        Chat bobs = Chat.start(t + "-bob");
        Chat alices = Chat.start(t + "-alice");
        model().script(List.of(callTool("orderStatus", "{\"orderNumber\":\"" + bobOrder + "\",\"conversationId\":\""
                        + bobs.id + "\"}"),
                answerFromLastResult(r -> r.contains("not_found_for_you") ? "I couldn't find order " + bobOrder
                        + " on your account." : "Here it is: " + r)));
        JsonPath refused = alices.say("status of order " + bobOrder);
        assertEquals("not_found_for_you", refused.getString("toolCalls[0].result.outcome"));
        assertEquals("I couldn't find order " + bobOrder + " on your account.", refused.getString("answer"));

        model().script(List.of(callTool("orderStatus", "{\"orderNumber\":\"" + aliceOrder + "\"}"),
                answerFromLastResult(r -> "Order " + aliceOrder + " is " + (r.contains("shipped") ? "shipped" : "?") + ".")));
        assertEquals("Order " + aliceOrder + " is shipped.", alices.say("and order " + aliceOrder + "?").getString("answer"));
    }

    @Test
    void aModelThatMissesTheDeadlineIsAnsweredGrounded() {
        model().script(List.of(sleep(8_000)));
        Chat chat = Chat.start(null);
        JsonPath turn = chat.say("hi");
        assertTrue(turn.getString("answer").contains("What can I do for you?"), turn.getString("answer"));
        assertTrue(turn.getLong("latencyMs") < 6_000, "latency " + turn.getLong("latencyMs"));
        assertTrue(chat.transcript().getList("messages[1].flags", String.class).contains("llm_timeout"));
    }

    @Test
    void theMemoryIsReadBackByANewStoreAndWindowedByTokens() {
        model().script(List.of(callTool("productDetails", "{\"sku\":\"" + teapot + "\"}"),
                answerFromLastResult(r -> "It costs " + price(r) + ".")));
        Chat chat = Chat.start(null);
        chat.say("how much is " + teapot);
        model().script(List.of(answer("You're welcome!")));
        chat.say("thanks");

        LlmMemoryStore fresh = new LlmMemoryStore(db);
        List<ChatMessage> all = fresh.getMessages(chat.id);
        assertInstanceOf(SystemMessage.class, all.get(0));
        assertEquals(List.of("SYSTEM", "USER", "AI", "TOOL_EXECUTION_RESULT", "AI", "USER", "AI"),
                all.stream().map(m -> m.type().name()).toList());
        assertTrue(((ToolExecutionResultMessage) all.get(3)).text().contains(teapot));

        MemoryTokenCounter tokens = MemoryTokenCounter.estimating();
        int withoutFirstTurn = tokens.estimateTokenCountInMessages(List.of(all.get(0), all.get(5), all.get(6)));
        List<ChatMessage> window = new ConversationMemory(chat.id, fresh, tokens, withoutFirstTurn).messages();
        assertEquals(List.of(all.get(0), all.get(5), all.get(6)), window);
    }

    @Test
    void aSessionOverTheRateLimitIsRefusedWith429() {
        Chat chat = Chat.start(null);
        model().script(java.util.Collections.nCopies(ScriptedLlmProfile.TURNS_PER_MINUTE, answer("Hello!")));
        for (int i = 0; i < ScriptedLlmProfile.TURNS_PER_MINUTE; i++) {
            chat.say("hello " + i);
        }
        JsonPath refused = chat.send("one more").then().statusCode(429).header("Retry-After", "60")
                .extract().jsonPath();
        assertEquals("rate_limited", refused.getString("error"));
        assertEquals("messages_per_minute", refused.getString("details.limit"));
        assertEquals(ScriptedLlmProfile.TURNS_PER_MINUTE, refused.getInt("details.max"));
        model().script(List.of(answer("Hello!")));
        Chat.start(null).say("hello");
    }

    @Test
    void valuableCustomersAreOfferedAHumanSoonerAndQueuedFirst() throws Exception {
        String regular = t + "-regular";
        String vip = t + "-vip";
        AssistantFixtures.customerWithOrder(db, regular, t + "-mug", "shipped");
        AssistantFixtures.customerWithOrder(db, vip, t + "-mug", "shipped");
        AssistantFixtures.score(db, vip, "top5", 9000, 0.1);
        Chat regulars = Chat.start(regular);
        Chat vips = Chat.start(vip);

        model().script(notFound());
        assertTrue(vips.say("tell me about zz-999").getString("answer").contains("person from our team"),
                "a valuable customer is offered a human after one unhelpful answer");
        model().script(notFound());
        assertFalse(regulars.say("tell me about zz-999").getString("answer").contains("person from our team"));
        model().script(notFound());
        assertTrue(regulars.say("and zz-998?").getString("answer").contains("person from our team"));
        assertTrue(model().requests().get(0).messages().get(0).toString().contains("signed in"));
        assertFalse(model().requests().get(0).messages().get(0).toString().matches("(?s).*(top5|churn|9000).*"));

        model().script(List.of(callTool("handoffToHuman", "{\"reason\":\"wants a person\"}"), answer("Someone will join.")));
        regulars.say("a person please");
        model().script(List.of(callTool("handoffToHuman", "{\"reason\":\"wants a person\"}"), answer("Someone will join.")));
        vips.say("a person please");
        List<String> queue = io.restassured.RestAssured.given().auth().oauth2(TestTokens.agent("ava")).get("/console/api/inbox").then()
                .statusCode(200).extract().jsonPath().getList("waiting.conversationId");
        assertTrue(queue.indexOf(vips.id) >= 0 && queue.indexOf(vips.id) < queue.indexOf(regulars.id), queue.toString());
    }

    private static List<java.util.function.Function<ChatRequest, AiMessage>> notFound() {
        return List.of(callTool("productDetails", "{\"sku\":\"zz-999\"}"), answer("I can't find that product."));
    }

    private JsonNode assistantEvent(String conversationId) throws Exception {
        for (int i = 0; i < 50; i++) {
            var payload = Db.one(db, "SELECT payload::text FROM events WHERE payload->>'conversationId' = ?"
                    + " AND payload->>'role' = 'assistant' ORDER BY seq DESC LIMIT 1", rs -> rs.getString(1), conversationId);
            if (payload.isPresent()) {
                return JSON.readTree(payload.get());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no assistant chat_turn event for " + conversationId);
    }
}
