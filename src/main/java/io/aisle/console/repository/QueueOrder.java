package io.aisle.console.repository;

/**
 * The order of the shared queue, for the inbox and for assignment alike: priority customers first (see
 * io.aisle.assistant.personal.ShopperProfile), then by value tier (top 5 %, top 20 %, new, the rest, unscored), then
 * the longest waiting. Needs {@code conversations v} and {@code customer_scores s} (left-joined) in the query.
 */
final class QueueOrder {

    static final String SQL = "v.priority DESC, CASE s.tier WHEN 'top5' THEN 3 WHEN 'top20' THEN 2 WHEN 'new' THEN 1"
            + " ELSE 0 END DESC, v.handed_off_at, v.id";

    private QueueOrder() {
    }
}
