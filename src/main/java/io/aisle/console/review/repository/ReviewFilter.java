package io.aisle.console.review.repository;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Which conversations a reviewer asks for. Every part is optional; the values of one list are alternatives (any
 * of), the parts together must all hold.
 *
 * @param from          created at or after (inclusive); null: no lower bound
 * @param to            created before (exclusive); null: no upper bound
 * @param handoffReason text the handoff reason contains (case-insensitive)
 * @param guardrails    flags on any of the conversation's messages (prompt_injection, guardrail_fallback...)
 * @param flagged       true: it has a label or a flagged message; false: neither
 * @param tiers         the customer's current value tier: top5, top20, rest, new, unscored or anonymous
 * @param priority      queued as a priority customer (conversations.priority above 0)
 * @param query         text any of its messages contains (case-insensitive)
 */
public record ReviewFilter(OffsetDateTime from, OffsetDateTime to, List<String> states, String handoffReason,
                           List<String> intents, List<String> tools, List<String> guardrails, Boolean flagged,
                           List<String> labels, List<String> tiers, Boolean priority, String query) {

    public static final ReviewFilter ALL = new ReviewFilter(null, null, List.of(), null, List.of(), List.of(), List.of(),
            null, List.of(), List.of(), null, null);
}
