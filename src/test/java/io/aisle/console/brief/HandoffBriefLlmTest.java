package io.aisle.console.brief;

import static io.aisle.assistant.llm.ScriptedChatModel.answer;
import static io.aisle.assistant.llm.ScriptedChatModel.answerFromLastResult;
import static io.aisle.assistant.llm.ScriptedChatModel.callTool;
import static io.aisle.assistant.llm.ScriptedChatModel.sleep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import io.aisle.assistant.AssistantFixtures.Chat;
import io.aisle.assistant.llm.ScriptedChatModel;
import io.aisle.assistant.llm.ScriptedLlmBackend;
import io.aisle.search.SearchFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The brief's summary written by a (scripted) model: kept when it states only the brief's facts; the template's
 * when it invents a price or a code, fails or is late.
 */
@QuarkusTest
@TestProfile(BriefLlmProfile.class)
class HandoffBriefLlmTest {

    @Inject
    ScriptedLlmBackend backend;

    private String teapot;
    private Chat chat;

    /** A shopper asks about the teapot (the model looks it up) and then for a person (the model hands off). */
    @BeforeEach
    void handedOffConversation() {
        String t = SearchFixtures.token();
        SearchFixtures.importShop(t);
        teapot = t + "-teapot";
        model().script(List.of(callTool("productDetails", "{\"sku\":\"" + teapot + "\"}"),
                answerFromLastResult(r -> "The Blue Ceramic Teapot (" + teapot + ") costs £25.00.")));
        chat = Chat.start(null);
        chat.say("how much is the blue teapot?");
        model().script(List.of(callTool("handoffToHuman", "{\"reason\":\"the shopper wants a person\"}"),
                answer("Someone from our team will join shortly.")));
        assertEquals("waiting_for_agent", chat.say("can I talk to a person").getString("state"));
    }

    private ScriptedChatModel model() {
        return backend.model();
    }

    @Test
    void aGroundedSummaryFromTheModelIsShownAndTheModelSawOnlyTheBrief() {
        String written = "The shopper asked about the Blue Ceramic Teapot (" + teapot + ", £25.00) and then asked"
                + " for a person; they seem calm.";
        model().script(List.of(answer(written)));

        JsonPath brief = HandoffBriefApiTest.brief(chat.id);

        assertEquals("llm", brief.getString("summary.source"));
        assertEquals(ScriptedChatModel.NAME, brief.getString("summary.model"));
        assertEquals(written, brief.getString("summary.text"));
        assertEquals("the shopper wants a person", brief.getString("handoff.reason"));
        assertEquals("can I talk to a person", brief.getString("handoff.triggerMessage"));
        assertEquals(List.of(teapot), brief.getList("products.sku"));
        ChatRequest request = model().requests().get(0);
        assertEquals(2, request.messages().size());
        assertTrue(((SystemMessage) request.messages().get(0)).text().contains("Use only the facts"));
        String facts = ((UserMessage) request.messages().get(1)).singleText();
        assertTrue(facts.contains(teapot) && facts.contains("\"handoff\""), facts);
        assertFalse(facts.contains("\"summary\":{"), "the model is not shown a summary to copy: " + facts);
    }

    @Test
    void theModelIsAskedAgainOnlyOnceSomethingNewWasSaid() {
        model().script(List.of(answer("The shopper asked about the teapot and wants a person.")));
        assertEquals("llm", HandoffBriefApiTest.brief(chat.id).getString("summary.source"));
        JsonPath again = HandoffBriefApiTest.brief(chat.id);
        assertEquals("The shopper asked about the teapot and wants a person.", again.getString("summary.text"));
        assertEquals(1, model().requests().size(), "the unchanged brief reuses the summary");

        chat.say("this is useless!!");
        model().script(List.of(answer("The shopper wants a person and is getting impatient.")));
        JsonPath changed = HandoffBriefApiTest.brief(chat.id);
        assertEquals("The shopper wants a person and is getting impatient.", changed.getString("summary.text"));
        assertEquals("frustrated", changed.getString("mood.level"));
    }

    @Test
    void aSummaryWithAnInventedPriceIsReplacedByTheTemplate() {
        model().script(List.of(answer("The shopper wants the Blue Ceramic Teapot (" + teapot + "), now £19.99.")));

        JsonPath brief = HandoffBriefApiTest.brief(chat.id);

        assertEquals("template", brief.getString("summary.source"));
        assertEquals(ScriptedChatModel.NAME, brief.getString("summary.model"));
        assertEquals(List.of("price £19.99"), brief.getList("summary.fallbackReasons"));
        assertTrue(brief.getString("summary.text").contains("Blue Ceramic Teapot (" + teapot + ", £25.00)"),
                brief.getString("summary.text"));
        assertFalse(brief.getString("summary.text").contains("19.99"));
    }

    @Test
    void aSummaryNamingAnOrderOrProductNotDiscussedIsReplacedByTheTemplate() {
        model().script(List.of(answer("They also asked about order 7654321 and product ZZ-99.")));

        JsonPath brief = HandoffBriefApiTest.brief(chat.id);

        assertEquals("template", brief.getString("summary.source"));
        assertEquals(List.of("code 7654321", "code ZZ-99"), brief.getList("summary.fallbackReasons"));
    }

    @Test
    void aFailingOrLateModelLeavesTheTemplate() {
        model().script(List.of());
        JsonPath failed = HandoffBriefApiTest.brief(chat.id);
        assertEquals("template", failed.getString("summary.source"));
        assertEquals(List.of("llm_failed"), failed.getList("summary.fallbackReasons"));

        model().script(List.of(sleep(5_000)));
        long started = System.nanoTime();
        JsonPath late = HandoffBriefApiTest.brief(chat.id);
        assertEquals("template", late.getString("summary.source"));
        assertEquals(List.of("llm_timeout"), late.getList("summary.fallbackReasons"));
        assertTrue((System.nanoTime() - started) / 1_000_000 < 4_000, "the brief does not wait for a late model");
    }
}
