package io.aisle.assistant.grounded;

import io.aisle.assistant.conversation.DialogueContext;
import io.aisle.assistant.conversation.ToolCall;
import io.aisle.assistant.tools.ProductCard;
import java.util.List;

/** The bot's answer to one message: text, the products it shows, the tools it ran, and what follow-ups may use. */
public record Reply(String text, List<ProductCard> products, List<ToolCall> toolCalls, DialogueContext dialogue) {
}
