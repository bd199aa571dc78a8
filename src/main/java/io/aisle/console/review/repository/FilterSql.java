package io.aisle.console.review.repository;

import io.aisle.common.jdbc.Sql;
import java.util.List;

/** The SQL predicate of a {@link ReviewFilter} over {@code conversations v}: every value a parameter. */
final class FilterSql {

    /** The customer's current value tier (customer_scores), 'unscored' when signed in without a score. */
    static final String TIER = "CASE WHEN v.customer_id IS NULL THEN 'anonymous' ELSE coalesce((SELECT s.tier"
            + " FROM customers cu JOIN customer_scores s ON s.customer_id = cu.id WHERE cu.external_id = v.customer_id),"
            + " 'unscored') END";

    private static final String MESSAGE = "EXISTS (SELECT 1 FROM conversation_messages m WHERE m.conversation_id = v.id AND ";
    private static final String LABELLED = "EXISTS (SELECT 1 FROM conversation_labels l WHERE l.conversation_id = v.id";
    private static final String FLAGGED = "(" + LABELLED + ") OR " + MESSAGE + "m.flags <> '{}'))";

    private FilterSql() {
    }

    /** Appends " WHERE ..." (or nothing when the filter is empty). */
    static Sql where(Sql sql, ReviewFilter f) {
        Clauses c = new Clauses(sql);
        if (f.from() != null) {
            c.and("v.created_at >= ?", f.from());
        }
        if (f.to() != null) {
            c.and("v.created_at < ?", f.to());
        }
        c.anyOf("v.state = ANY (?)", f.states());
        if (f.handoffReason() != null) {
            c.and("v.handoff_reason ILIKE ?", contains(f.handoffReason()));
        }
        c.anyOf(MESSAGE + "m.intent = ANY (?))", f.intents());
        c.anyOf("EXISTS (SELECT 1 FROM conversation_tool_calls t WHERE t.conversation_id = v.id AND t.name = ANY (?))",
                f.tools());
        c.anyOf(MESSAGE + "m.flags && ?::text[])", f.guardrails());
        if (f.flagged() != null) {
            c.and(f.flagged() ? "(" + FLAGGED + ")" : "NOT (" + FLAGGED + ")");
        }
        c.anyOf(LABELLED + " AND l.label = ANY (?))", f.labels());
        c.anyOf(TIER + " = ANY (?)", f.tiers());
        if (f.priority() != null) {
            c.and("(v.priority > 0) = ?", f.priority());
        }
        if (f.query() != null) {
            c.and(MESSAGE + "m.text ILIKE ?)", contains(f.query()));
        }
        return sql;
    }

    private static String contains(String text) {
        return "%" + Sql.escapeLike(text) + "%";
    }

    private static final class Clauses {

        private final Sql sql;
        private boolean first = true;

        Clauses(Sql sql) {
            this.sql = sql;
        }

        void and(String clause, Object... values) {
            sql.append(first ? " WHERE " : " AND ").append(clause, values);
            first = false;
        }

        void anyOf(String clause, List<String> values) {
            if (!values.isEmpty()) {
                and(clause, (Object) values.toArray(String[]::new));
            }
        }
    }
}
