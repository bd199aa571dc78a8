package io.aisle.assistant.conversation;

import java.time.OffsetDateTime;

/** A conversation in the agents' queue; {@code priority} 1 marks the customers served first. */
public record WaitingConversation(String conversationId, int priority, String handoffReason, OffsetDateTime handedOffAt) {
}
