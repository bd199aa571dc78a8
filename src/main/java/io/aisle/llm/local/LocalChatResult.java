package io.aisle.llm.local;

import io.aisle.llm.text.ToolCall;
import java.util.List;

/**
 * One finished answer: its text outside tool calls, the tool calls the model made, problems with
 * malformed calls (reported, not thrown), and token counts.
 */
public record LocalChatResult(String text, List<ToolCall> toolCalls, List<String> toolCallProblems,
                              int promptTokens, int completionTokens, Finish finish) {

    public enum Finish {
        /** End of sequence or a stop string. */
        STOP,
        /** The answer reached max tokens. */
        LENGTH,
        /** The model called tools. */
        TOOL_CALLS,
        /** The caller went away. */
        CANCELLED
    }
}
