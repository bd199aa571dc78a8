package io.aisle.console.repository;

import java.time.OffsetDateTime;

/**
 * A conversation as the inbox lists it: who holds it or is assigned to it, the customer's value tier and churn risk
 * (null when anonymous or not scored), and the latest message, shortened.
 */
public record InboxItem(String conversationId, String state, String customerId, String tier, Double churnRisk,
                        int priority, String handoffReason, String agentId, String assignedAgent,
                        OffsetDateTime handedOffAt, OffsetDateTime lastMessageAt, String lastMessageRole,
                        String lastMessage) {
}
