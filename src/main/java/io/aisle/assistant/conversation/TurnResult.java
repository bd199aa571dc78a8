package io.aisle.assistant.conversation;

import io.aisle.assistant.tools.ProductCard;
import java.util.List;

/**
 * One turn as the API returns it.
 *
 * @param answer   the bot's answer; null when it stays silent (a human agent has the conversation)
 * @param intent   what the message was read as; null when the bot did not read it
 * @param flags    what the input guard found (personal data masked, prompt injection)
 */
public record TurnResult(String conversationId, String answer, List<ProductCard> products, List<ToolCall> toolCalls,
                         String state, String intent, double confidence, List<String> flags, long latencyMs) {
}
