package io.aisle.llm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolCallParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ToolCallParser hermes = ToolCallParser.forFamily(ModelFamily.QWEN2_5);
    private final ToolCallParser llama = ToolCallParser.forFamily(ModelFamily.LLAMA_3_2);

    @TempDir
    Path dir;

    @Test
    void hermesReplyWithTextAndTwoCallsYieldsBothCallsAndTheText() {
        ParsedReply reply = hermes.parse("Let me check.\n<tool_call>\n{\"name\": \"search_products\", \"arguments\": "
                + "{\"query\": \"blue mug\"}}\n</tool_call>\n<tool_call>\n{\"name\": \"get_cart\", \"arguments\": {}}\n</tool_call>");
        assertEquals("Let me check.", reply.text());
        assertEquals(List.of("search_products", "get_cart"), reply.toolCalls().stream().map(ToolCall::name).toList());
        assertEquals("{\"query\":\"blue mug\"}", reply.toolCalls().get(0).arguments());
        assertEquals("{}", reply.toolCalls().get(1).arguments());
        assertNotEquals(reply.toolCalls().get(0).id(), reply.toolCalls().get(1).id());
        assertTrue(reply.problems().isEmpty());
    }

    @Test
    void hermesMalformedCallsAreProblemsNotExceptionsAndGoodOnesSurvive() {
        ParsedReply reply = hermes.parse("<tool_call>\n{\"name\": \"search_products\", \"arguments\": {\"query\": }\n</tool_call>"
                + "<tool_call>{\"arguments\": {}}</tool_call>"
                + "<tool_call>{\"name\": \"get_cart\", \"arguments\": {}}</tool_call>"
                + "<tool_call>{\"name\": \"add_to_cart\"");
        assertEquals(List.of("get_cart"), reply.toolCalls().stream().map(ToolCall::name).toList());
        assertEquals(3, reply.problems().size(), reply.problems().toString());
        assertTrue(reply.problems().get(0).contains("not valid JSON"));
        assertTrue(reply.problems().get(1).contains("no name"));
        assertTrue(reply.problems().get(2).contains("unclosed"));
        assertEquals("", reply.text());
    }

    @Test
    void plainTextHasNoCalls() {
        ParsedReply reply = hermes.parse("The wool coat costs 129.99.");
        assertEquals("The wool coat costs 129.99.", reply.text());
        assertTrue(reply.toolCalls().isEmpty());
        assertEquals(reply, new ParsedReply("The wool coat costs 129.99.", List.of(), List.of()));
        assertTrue(llama.parse("Sure; here it is {not json").toolCalls().isEmpty());
    }

    @Test
    void llamaJsonCallsWithPythonTagAndSemicolonsAreAllRead() {
        ParsedReply reply = llama.parse("<|python_tag|>{\"name\": \"search_products\", \"parameters\": {\"query\": \"a; b\"}}; "
                + "{\"name\": \"get_cart\", \"parameters\": {}}");
        assertEquals(List.of("search_products", "get_cart"), reply.toolCalls().stream().map(ToolCall::name).toList());
        assertEquals("{\"query\":\"a; b\"}", reply.toolCalls().get(0).arguments());
        assertEquals("", reply.text());
        assertTrue(reply.problems().isEmpty());
    }

    @Test
    void llamaMalformedCallIsAProblem() {
        ParsedReply reply = llama.parse("{\"name\": \"search_products\", \"parameters\": \"not an object\"}");
        assertTrue(reply.toolCalls().isEmpty());
        assertEquals(1, reply.problems().size());
        assertEquals(1, llama.parse("{\"parameters\": {}}").problems().size());
        assertEquals(1, llama.parse("{\"name\": \"x\", \"parameters\": {").problems().size());
    }

    @Test
    void callsRenderedByEachFamilysTemplateParseBackToTheSameCall() throws Exception {
        ToolCall call = new ToolCall("call_9", "search_products", "{\"query\": \"café mug ☕\", \"max_price\": 20.5, \"tags\": [\"a\"]}");
        for (ModelFamily family : ModelFamily.values()) {
            Path modelDir = dir.resolve(family.name());
            TinyTokenizerWriter.write(modelDir, family);
            String prompt = ChatTemplate.load(modelDir, ChatFixtures.DEC_1_2026).render(
                    List.of(ChatTurn.user("Find a mug"), ChatTurn.assistant(null, List.of(call))), List.of(), false);
            ParsedReply reply = ToolCallParser.forFamily(family).parse(assistantReply(family, prompt));
            assertEquals(1, reply.toolCalls().size(), family + ": " + reply);
            assertEquals(call.name(), reply.toolCalls().get(0).name());
            assertEquals(JSON.readTree(call.arguments()), JSON.readTree(reply.toolCalls().get(0).arguments()));
        }
    }

    private static String assistantReply(ModelFamily family, String prompt) {
        String start = family == ModelFamily.QWEN2_5 ? "<|im_start|>assistant" : "<|start_header_id|>assistant<|end_header_id|>\n\n";
        String end = family == ModelFamily.QWEN2_5 ? "<|im_end|>" : "<|eot_id|>";
        int from = prompt.lastIndexOf(start) + start.length();
        return prompt.substring(from, prompt.indexOf(end, from));
    }
}
