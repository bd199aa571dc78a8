package io.aisle.assistant.conversation;

/** A conversation has just been handed off (bot -> waiting_for_agent); the console assigns it to an agent. */
public record HandedOff(String conversationId) {
}
