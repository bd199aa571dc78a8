package io.aisle.llm.text;

import static io.aisle.llm.text.ChatFixtures.SEARCH_CALL;
import static io.aisle.llm.text.ChatFixtures.SEARCH_RESULT;
import static io.aisle.llm.text.ChatFixtures.searchTool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Llama 3.2-Instruct's published template; expected text follows the template line by line. */
class LlamaChatTemplateTest {

    private static final String SYSTEM_HEADER = "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n";
    private static final String DATES = "Cutting Knowledge Date: December 2023\nToday Date: 01 Dec 2026\n\n";
    private static final String SEARCH_JSON_INDENTED = "{\n"
            + "    \"type\": \"function\",\n"
            + "    \"function\": {\n"
            + "        \"name\": \"search_products\",\n"
            + "        \"description\": \"Search the catalog\",\n"
            + "        \"parameters\": {\n"
            + "            \"type\": \"object\",\n"
            + "            \"properties\": {\n"
            + "                \"query\": {\n"
            + "                    \"type\": \"string\",\n"
            + "                    \"description\": \"what to look for\"\n"
            + "                }\n"
            + "            },\n"
            + "            \"required\": [\n"
            + "                \"query\"\n"
            + "            ]\n"
            + "        }\n"
            + "    }\n"
            + "}";
    private static final String TOOLS_PREAMBLE = SYSTEM_HEADER + "Environment: ipython\n" + DATES
            + "You are a shop assistant.<|eot_id|>"
            + "<|start_header_id|>user<|end_header_id|>\n\n"
            + "Given the following functions, please respond with a JSON for a function call with its proper "
            + "arguments that best answers the given prompt.\n\n"
            + "Respond in the format {\"name\": function name, \"parameters\": dictionary of argument name and its "
            + "value}.Do not use variables.\n\n"
            + SEARCH_JSON_INDENTED + "\n\n";

    @TempDir
    Path dir;
    ChatTemplate template;

    @BeforeEach
    void writeTokenizer() {
        TinyTokenizerWriter.write(dir, ModelFamily.LLAMA_3_2);
        template = ChatTemplate.load(dir, ChatFixtures.DEC_1_2026);
    }

    @Test
    void systemUserAssistantTurnsAreTrimmedAndDatedWithGenerationPrompt() {
        String prompt = template.render(List.of(ChatTurn.system("You are a shop assistant.\n"), ChatTurn.user("  Hi "),
                ChatTurn.assistant("Hello! How can I help?"), ChatTurn.user("Find a mug")), List.of(), true);
        assertEquals(SYSTEM_HEADER + DATES + "You are a shop assistant.<|eot_id|>"
                + "<|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|>"
                + "<|start_header_id|>assistant<|end_header_id|>\n\nHello! How can I help?<|eot_id|>"
                + "<|start_header_id|>user<|end_header_id|>\n\nFind a mug<|eot_id|>"
                + "<|start_header_id|>assistant<|end_header_id|>\n\n", prompt);
    }

    @Test
    void withoutSystemTurnTheSystemHeaderStillCarriesTheDatesAndNoGenerationPrompt() {
        String prompt = template.render(List.of(ChatTurn.user("Hi")), List.of(), false);
        assertEquals(SYSTEM_HEADER + DATES + "<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|>", prompt);
    }

    @Test
    void offeredToolsGoIntoTheFirstUserTurnIndented() {
        String prompt = template.render(List.of(ChatTurn.system("You are a shop assistant."), ChatTurn.user("Find a mug")),
                List.of(searchTool()), true);
        assertEquals(TOOLS_PREAMBLE + "Find a mug<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n", prompt);
    }

    @Test
    void toolCallIsJsonWithParametersAndTheResultIsAnIpythonTurnEncodedAsJson() {
        String prompt = template.render(List.of(ChatTurn.system("You are a shop assistant."),
                ChatTurn.user("Find a blue mug"), ChatTurn.assistant(null, List.of(SEARCH_CALL)),
                ChatTurn.toolResult("call_1", "search_products", SEARCH_RESULT)), List.of(searchTool()), true);
        // Jinja's `iterable` test is true for strings, so a text tool result goes through tojson (quoted)
        String quotedResult = "\"{\\\"results\\\": [{\\\"id\\\": \\\"sku-1\\\", \\\"title\\\": \\\"Blue mug\\\"}]}\"";
        assertEquals(TOOLS_PREAMBLE + "Find a blue mug<|eot_id|>"
                + "<|start_header_id|>assistant<|end_header_id|>\n\n"
                + "{\"name\": \"search_products\", \"parameters\": {\"query\": \"blue mug\"}}<|eot_id|>"
                + "<|start_header_id|>ipython<|end_header_id|>\n\n" + quotedResult + "<|eot_id|>"
                + "<|start_header_id|>assistant<|end_header_id|>\n\n", prompt);
    }

    @Test
    void templateRefusalsBecomeIllegalArgumentWithTheTemplatesMessage() {
        ToolCall second = new ToolCall("call_2", "search_products", "{\"query\": \"tea pot\"}");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> template.render(
                List.of(ChatTurn.user("Two things"), ChatTurn.assistant(null, List.of(SEARCH_CALL, second))),
                List.of(), false));
        assertTrue(refused.getMessage().contains("only supports single tool-calls"), refused.getMessage());
    }
}
