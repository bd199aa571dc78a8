package io.aisle.console.review.repository;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One conversation in a review result list: its state and what happened in it, without personal identifiers
 * (no customer or session id; the value tier instead).
 *
 * @param preview the start of the shopper's first message (masked as stored)
 */
public record ConversationSummary(String id, OffsetDateTime createdAt, OffsetDateTime updatedAt, String state,
                                  String handoffReason, String agentId, String tier, boolean priority, int messages,
                                  List<String> intents, List<String> tools, List<String> flags, List<String> labels,
                                  String preview) {
}
