package io.aisle.assistant.llm;

import io.aisle.assistant.grounded.Reply;
import java.util.List;

/**
 * The answer to one turn and how it came about.
 *
 * @param model  "grounded" or the name of the chat model that answered
 * @param flags  stored on the answer and logged: guardrail retries and fallbacks, timeouts, unhelpful answers
 * @param problems facts the guardrail rejected (for the log; never shown to the shopper)
 */
public record AnsweredTurn(Reply reply, String model, int inputTokens, int outputTokens, List<String> flags,
                           List<String> problems) {

    public static final String GROUNDED = "grounded";
    public static final String UNHELPFUL = "unhelpful";
    public static final String HUMAN_OFFERED = "human_offered";
}
