package io.aisle.llm.text;

import static io.aisle.llm.text.ChatFixtures.SEARCH_CALL;
import static io.aisle.llm.text.ChatFixtures.SEARCH_JSON;
import static io.aisle.llm.text.ChatFixtures.SEARCH_RESULT;
import static io.aisle.llm.text.ChatFixtures.searchTool;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Qwen2.5-Instruct's published template, rendered for our conversations; expected text follows the template line by line. */
class QwenChatTemplateTest {

    private static final String TOOLS_SYSTEM = "<|im_start|>system\nYou are a shop assistant.\n\n# Tools\n\n"
            + "You may call one or more functions to assist with the user query.\n\n"
            + "You are provided with function signatures within <tools></tools> XML tags:\n<tools>\n"
            + SEARCH_JSON
            + "\n</tools>\n\nFor each function call, return a json object with function name and arguments within "
            + "<tool_call></tool_call> XML tags:\n<tool_call>\n{\"name\": <function-name>, \"arguments\": "
            + "<args-json-object>}\n</tool_call><|im_end|>\n";

    @TempDir
    Path dir;
    ChatTemplate template;

    @BeforeEach
    void writeTokenizer() {
        TinyTokenizerWriter.write(dir, ModelFamily.QWEN2_5);
        template = ChatTemplate.load(dir, ChatFixtures.DEC_1_2026);
    }

    @Test
    void systemUserAssistantTurnsWithGenerationPrompt() {
        String prompt = template.render(List.of(ChatTurn.system("You are a shop assistant."), ChatTurn.user("Hi"),
                ChatTurn.assistant("Hello! How can I help?"), ChatTurn.user("Find a mug")), List.of(), true);
        assertEquals("<|im_start|>system\nYou are a shop assistant.<|im_end|>\n"
                + "<|im_start|>user\nHi<|im_end|>\n"
                + "<|im_start|>assistant\nHello! How can I help?<|im_end|>\n"
                + "<|im_start|>user\nFind a mug<|im_end|>\n"
                + "<|im_start|>assistant\n", prompt);
    }

    @Test
    void withoutSystemTurnQwensDefaultSystemPromptAppearsAndNoGenerationPrompt() {
        String prompt = template.render(List.of(ChatTurn.user("Hi")), List.of(), false);
        assertEquals("<|im_start|>system\nYou are Qwen, created by Alibaba Cloud. You are a helpful assistant.<|im_end|>\n"
                + "<|im_start|>user\nHi<|im_end|>\n", prompt);
    }

    @Test
    void offeredToolsAreListedInTheSystemTurn() {
        String prompt = template.render(List.of(ChatTurn.system("You are a shop assistant."), ChatTurn.user("Find a mug")),
                List.of(searchTool()), true);
        assertEquals(TOOLS_SYSTEM + "<|im_start|>user\nFind a mug<|im_end|>\n<|im_start|>assistant\n", prompt);
    }

    @Test
    void assistantToolCallAndToolResultsRenderAsHermesBlocks() {
        ToolCall second = new ToolCall("call_2", "search_products", "{\"query\": \"tea pot\", \"limit\": 3}");
        String prompt = template.render(List.of(ChatTurn.system("You are a shop assistant."),
                ChatTurn.user("Find a blue mug and a tea pot"),
                ChatTurn.assistant(null, List.of(SEARCH_CALL, second)),
                ChatTurn.toolResult("call_1", "search_products", SEARCH_RESULT),
                ChatTurn.toolResult("call_2", "search_products", "{\"results\": []}")), List.of(searchTool()), true);
        assertEquals(TOOLS_SYSTEM
                + "<|im_start|>user\nFind a blue mug and a tea pot<|im_end|>\n"
                + "<|im_start|>assistant\n<tool_call>\n{\"name\": \"search_products\", \"arguments\": {\"query\": \"blue mug\"}}\n</tool_call>"
                + "\n<tool_call>\n{\"name\": \"search_products\", \"arguments\": {\"query\": \"tea pot\", \"limit\": 3}}\n</tool_call><|im_end|>\n"
                + "<|im_start|>user\n<tool_response>\n" + SEARCH_RESULT + "\n</tool_response>"
                + "\n<tool_response>\n{\"results\": []}\n</tool_response><|im_end|>\n"
                + "<|im_start|>assistant\n", prompt);
    }

    @Test
    void assistantTextBeforeAToolCallStaysInTheTurn() {
        String prompt = template.render(List.of(ChatTurn.user("Mug?"),
                ChatTurn.assistant("Let me look. Café mugs are popular — ☕", List.of(SEARCH_CALL))), List.of(), false);
        assertEquals("<|im_start|>system\nYou are Qwen, created by Alibaba Cloud. You are a helpful assistant.<|im_end|>\n"
                + "<|im_start|>user\nMug?<|im_end|>\n"
                + "<|im_start|>assistant\nLet me look. Café mugs are popular — ☕\n<tool_call>\n"
                + "{\"name\": \"search_products\", \"arguments\": {\"query\": \"blue mug\"}}\n</tool_call><|im_end|>\n", prompt);
    }
}
