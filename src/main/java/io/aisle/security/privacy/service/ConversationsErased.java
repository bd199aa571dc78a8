package io.aisle.security.privacy.service;

import java.util.List;

/**
 * Fired (a CDI event) inside an erasure's transaction: whatever keeps conversation data in memory drops these
 * conversations once it commits ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}).
 */
public record ConversationsErased(List<String> conversationIds) {
}
