package io.aisle.assistant.llm;

import io.aisle.assistant.conversation.ToolCall;
import io.aisle.assistant.tools.ProductCard;
import java.util.List;

/**
 * What the model made of one turn.
 *
 * @param answer   the checked answer; null when the turn must be answered in grounded mode instead
 * @param flags    what happened on the way: guardrail retries and rejections, timeouts, failures
 * @param problems the facts the guardrail could not find in tool results, for the log
 */
public record LlmTurn(String answer, List<ProductCard> products, List<ToolCall> toolCalls, String model,
                      int inputTokens, int outputTokens, List<String> flags, List<String> problems) {

    public static final String GUARDRAIL_RETRY = "guardrail_retry";
    public static final String GUARDRAIL_FALLBACK = "guardrail_fallback";
    public static final String LLM_TIMEOUT = "llm_timeout";
    public static final String LLM_FAILED = "llm_failed";

    public boolean answered() {
        return answer != null;
    }

    static LlmTurn failed(String flag, String problem) {
        return new LlmTurn(null, List.of(), List.of(), null, 0, 0, List.of(flag), List.of(problem));
    }
}
