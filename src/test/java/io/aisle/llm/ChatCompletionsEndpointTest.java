package io.aisle.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.aisle.llm.local.LocalModel;
import io.aisle.llm.generate.Sampler;
import io.aisle.llm.generate.SamplingParams;
import io.aisle.llm.runtime.DjlCausalLm;
import io.aisle.llm.runtime.RuntimeOptions;
import io.aisle.llm.runtime.Sequence;
import io.aisle.llm.text.ChatTemplate;
import io.aisle.llm.text.ChatTurn;
import io.aisle.llm.text.ModelTokenizer;
import io.aisle.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(LocalLlmProfile.class)
class ChatCompletionsEndpointTest {

    /** Argmax with ties to the lowest id; no repetition penalty, so no context is needed. */
    static final Sampler GREEDY = new Sampler(SamplingParams.greedy(1));
    static final int[] NO_CONTEXT = {};

    static final String QUESTION = "Do you have a red lantern for the garden?";

    @Inject
    LocalModel local;

    static Map<String, Object> request(Object... extra) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "model", "qwen2.5-chat",
                "messages", List.of(Map.of("role", "system", "content", "You are a shop assistant."),
                        Map.of("role", "user", "content", QUESTION))));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    static JsonPath complete(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.service()).contentType(ContentType.JSON).body(body).post("/v1/chat/completions")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void greedyAnswerIsExactlyWhatTheRuntimeDecodesDirectly() {
        JsonPath answer = complete(request("temperature", 0, "max_tokens", 16));

        assertEquals("chat.completion", answer.getString("object"));
        assertEquals("assistant", answer.getString("choices[0].message.role"));
        assertEquals(greedyByHand(16), answer.getString("choices[0].message.content"));
        assertTrue(answer.getInt("usage.prompt_tokens") > 10);
        assertEquals(answer.getInt("usage.prompt_tokens") + answer.getInt("usage.completion_tokens"),
                answer.getInt("usage.total_tokens"));
    }

    /** Template, tokenizer and runtime used by hand: argmax after every token until EOS or the limit. */
    private static String greedyByHand(int maxTokens) {
        var dir = LocalLlmProfile.MODEL_DIR;
        try (ModelTokenizer tokenizer = ModelTokenizer.load(dir);
             DjlCausalLm model = DjlCausalLm.load(dir, RuntimeOptions.cpu(256));
             Sequence sequence = model.newSequence(256)) {
            String prompt = ChatTemplate.load(dir).render(
                    List.of(ChatTurn.system("You are a shop assistant."), ChatTurn.user(QUESTION)), List.of(), true);
            float[] logits = sequence.append(tokenizer.encode(prompt));
            List<Integer> answer = new ArrayList<>();
            for (int i = 0; i < maxTokens; i++) {
                int next = GREEDY.next(logits, NO_CONTEXT);
                if (tokenizer.eosIds().contains(next)) {
                    break;
                }
                answer.add(next);
                logits = sequence.append(new int[] {next});
            }
            return tokenizer.decode(answer.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    @Test
    void streamedAnswerEqualsTheNonStreamedOneWithTheSameSeed() {
        Object[] sampling = {"temperature", 0.9, "top_p", 0.95, "top_k", 40, "seed", 1234, "max_tokens", 20};
        String whole = complete(request(sampling)).getString("choices[0].message.content");

        List<Object> streamArgs = new ArrayList<>(List.of(sampling));
        streamArgs.addAll(List.of("stream", true, "stream_options", Map.of("include_usage", true)));
        String events = given().auth().oauth2(TestTokens.service()).contentType(ContentType.JSON).body(request(streamArgs.toArray()))
                .post("/v1/chat/completions")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/event-stream"))
                .extract().asString();

        List<String> data = events.lines().filter(l -> l.startsWith("data: ")).map(l -> l.substring(6)).toList();
        assertEquals("[DONE]", data.get(data.size() - 1));
        StringBuilder streamed = new StringBuilder();
        for (String chunk : data.subList(0, data.size() - 1)) {
            JsonPath json = JsonPath.from(chunk);
            assertEquals("chat.completion.chunk", json.getString("object"));
            String piece = json.getString("choices[0].delta.content");
            if (piece != null) {
                streamed.append(piece);
            }
        }
        assertFalse(whole.isEmpty());
        assertEquals(whole, streamed.toString());
        JsonPath usage = JsonPath.from(data.get(data.size() - 2));
        int used = usage.getInt("usage.completion_tokens");
        assertTrue(used >= 1 && used <= 20, "completion tokens " + used);
    }

    @Test
    void acceptsToolsAndAPastToolCallWithItsResult() {
        Map<String, Object> tool = Map.of("type", "function", "function", Map.of("name", "searchProducts",
                "description", "Search the catalog", "parameters", Map.of("type", "object",
                        "properties", Map.of("query", Map.of("type", "string")), "required", List.of("query"))));
        List<Object> messages = List.of(
                Map.of("role", "user", "content", QUESTION),
                Map.of("role", "assistant", "content", "", "tool_calls", List.of(Map.of("id", "call_1", "type", "function",
                        "function", Map.of("name", "searchProducts", "arguments", "{\"query\":\"red lantern\"}")))),
                Map.of("role", "tool", "tool_call_id", "call_1", "content", "[{\"sku\":\"21733\",\"price\":2.95}]"));
        JsonPath plain = complete(request("temperature", 0, "max_tokens", 4));
        JsonPath withTools = complete(Map.of("messages", messages, "tools", List.of(tool), "temperature", 0, "max_tokens", 4));

        assertTrue(withTools.getInt("usage.prompt_tokens") > plain.getInt("usage.prompt_tokens") + 40,
                "the tool definitions and the call history are in the prompt");
    }

    @Test
    void tokensAndTheLoadedModelShowInTheMetrics() {
        complete(request("temperature", 0, "max_tokens", 3));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertTrue(metrics.contains("aisle_llm_model_info{architecture=\"Qwen2ForCausalLM\",device=\"cpu\",model=\"qwen2.5-chat\"} 1.0"),
                "model info gauge");
        double completion = metrics.lines().filter(l -> l.startsWith("aisle_llm_tokens_total{kind=\"completion\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        assertTrue(completion >= 1, "completion tokens counted");
        assertTrue(metrics.contains("aisle_llm_time_to_first_token_seconds_count"), "time to first token timer");
    }

    @Test
    void listsTheServedModel() {
        given().auth().oauth2(TestTokens.service()).get("/v1/models").then().statusCode(200)
                .body("object", equalTo("list"))
                .body("data.id", hasItem("qwen2.5-chat"));
    }

    @Test
    void answersWithinMaxTokens() {
        given().auth().oauth2(TestTokens.service()).contentType(ContentType.JSON).body(request("temperature", 0.7, "seed", 3, "max_completion_tokens", 5))
                .post("/v1/chat/completions")
                .then().statusCode(200)
                .body("usage.completion_tokens", lessThanOrEqualTo(5))
                .body("usage.prompt_tokens", greaterThan(0));
    }

    @Test
    void rejectsInvalidRequestsNamingEachField() {
        given().auth().oauth2(TestTokens.service()).contentType(ContentType.JSON)
                .body(Map.of("messages", List.of(Map.of("role", "wizard", "content", "hi"),
                                Map.of("role", "user")),
                        "temperature", 7, "n", 2, "tool_choice", "required", "max_tokens", 0))
                .post("/v1/chat/completions")
                .then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder(
                        "messages[0].role", "messages[1].content", "temperature", "n", "tool_choice", "max_tokens"));
        given().auth().oauth2(TestTokens.service()).contentType(ContentType.JSON).body(Map.of("model", "x"))
                .post("/v1/chat/completions")
                .then().statusCode(400).body("violations.field", hasItem("messages"));
    }

    @Test
    void refusesAConversationLongerThanTheContext() {
        given().auth().oauth2(TestTokens.service()).contentType(ContentType.JSON)
                .body(Map.of("messages", List.of(Map.of("role", "user", "content", "lantern ".repeat(1500)))))
                .post("/v1/chat/completions")
                .then().statusCode(400).body("violations.field", hasItem("messages"));
    }

    @Test
    void theLocalEngineIsLoadedFromTheConfiguredFolder() {
        assertEquals("qwen2.5-chat", local.engine().orElseThrow().name());
    }
}
