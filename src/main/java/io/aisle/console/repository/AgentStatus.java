package io.aisle.console.repository;

/** An agent's presence and load: {@code open} counts the conversations assigned to or held by them. */
public record AgentStatus(String username, String displayName, boolean available, int capacity, int open) {
}
