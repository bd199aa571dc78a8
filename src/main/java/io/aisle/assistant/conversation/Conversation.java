package io.aisle.assistant.conversation;

import java.time.OffsetDateTime;

/** A chat between a shopper and the store; {@code customerId} is the store's id of the signed-in shopper, or null. */
public record Conversation(String id, String sessionId, String customerId, ConversationState state,
                           String handoffReason, String agentId, DialogueContext dialogue, OffsetDateTime createdAt,
                           OffsetDateTime updatedAt) {
}
