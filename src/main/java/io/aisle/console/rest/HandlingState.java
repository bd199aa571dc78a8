package io.aisle.console.rest;

import io.aisle.assistant.conversation.Conversation;

/** Where a conversation stands after an agent's action. */
public record HandlingState(String conversationId, String state, String agentId, String handoffReason) {

    static HandlingState of(Conversation c) {
        return new HandlingState(c.id(), c.state().wireName(), c.agentId(), c.handoffReason());
    }
}
