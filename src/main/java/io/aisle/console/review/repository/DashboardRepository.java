package io.aisle.console.review.repository;

import io.aisle.assistant.conversation.InputGuard;
import io.aisle.assistant.llm.LlmTurn;
import io.aisle.common.jdbc.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The review dashboard's figures, computed in SQL from the conversations, their messages' flags and the assistant's
 * {@code chat_turn} events (latency and token use of each answer), per UTC day or hour.
 */
@ApplicationScoped
public class DashboardRepository {

    /** The flags that mean a guardrail acted: input checks, and the LLM path's grounding check. */
    public static final List<String> GUARDRAIL_FLAGS = List.of(InputGuard.INJECTION, InputGuard.PERSONAL_DATA,
            LlmTurn.GUARDRAIL_RETRY, LlmTurn.GUARDRAIL_FALLBACK);

    public enum Bucket {
        DAY, HOUR;

        String unit() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One bucket's figures (or the whole range's); latency is null when no answer was logged. */
    public record Figures(OffsetDateTime start, long conversations, long handedOff, long resolved,
                          long guardrailTriggers, long answers, Double latencyP50Ms, Double latencyP95Ms,
                          long inputTokens, long outputTokens) {
    }

    private static final String NUMBER = "CASE WHEN jsonb_typeof(payload%1$s) = 'number' THEN (payload%1$s)::numeric END";

    private final DataSource dataSource;

    public DashboardRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Every bucket from the one holding {@code from} up to {@code to} (exclusive), empty ones as zeros.
     * {@code trunc} below maps a column to its bucket; it is built from the checked bucket unit only.
     */
    public List<Figures> series(OffsetDateTime from, OffsetDateTime to, Bucket bucket) throws SQLException {
        String trunc = "date_trunc('" + bucket.unit() + "', %s AT TIME ZONE 'UTC')";
        Sql sql = new Sql().append("WITH buckets AS (SELECT generate_series(" + trunc.formatted("?::timestamptz")
                + ", (?::timestamptz - interval '1 microsecond') AT TIME ZONE 'UTC', interval '1 " + bucket.unit()
                + "') AS b)", from, to);
        return query(figures(sql, trunc, from, to));
    }

    /** The whole range as one bucket, so that its percentiles are the range's own. */
    public Figures total(OffsetDateTime from, OffsetDateTime to) throws SQLException {
        // a literal of a parsed time, not request text: every row falls in this one bucket
        String start = "TIMESTAMP '" + from.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime() + "'";
        Sql sql = new Sql().append("WITH buckets AS (SELECT " + start + " AS b)");
        return query(figures(sql, start, from, to)).get(0);
    }

    /** How often each guardrail flag was set on messages in the range. */
    public Map<String, Long> triggersByFlag(OffsetDateTime from, OffsetDateTime to) throws SQLException {
        Sql sql = new Sql().append("SELECT f, count(*) FROM conversation_messages m, unnest(m.flags) f"
                + " WHERE m.flags <> '{}' AND m.created_at >= ? AND m.created_at < ? AND f = ANY (?) GROUP BY f"
                + " ORDER BY count(*) DESC, f", from, to, GUARDRAIL_FLAGS.toArray(String[]::new));
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = sql.prepare(c);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static Sql figures(Sql sql, String trunc, OffsetDateTime from, OffsetDateTime to) {
        String latency = NUMBER.formatted("->'latencyMs'");
        return sql.append(", conv AS (SELECT " + trunc.formatted("created_at") + " AS b, count(*) AS n,"
                        + " count(*) FILTER (WHERE handed_off_at IS NOT NULL OR handoff_reason IS NOT NULL) AS handed_off,"
                        + " count(*) FILTER (WHERE resolved_at IS NOT NULL) AS resolved"
                        + " FROM conversations WHERE created_at >= ? AND created_at < ? GROUP BY 1)", from, to)
                .append(", guard AS (SELECT " + trunc.formatted("m.created_at") + " AS b, count(*) AS n"
                        + " FROM conversation_messages m, unnest(m.flags) f WHERE m.flags <> '{}' AND m.created_at >= ?"
                        + " AND m.created_at < ? AND f = ANY (?) GROUP BY 1)", from, to,
                        GUARDRAIL_FLAGS.toArray(String[]::new))
                .append(", turns AS (SELECT " + trunc.formatted("occurred_at") + " AS b, count(*) AS n,"
                        + " percentile_cont(0.5) WITHIN GROUP (ORDER BY " + latency + ") AS p50,"
                        + " percentile_cont(0.95) WITHIN GROUP (ORDER BY " + latency + ") AS p95,"
                        + " coalesce(sum(" + NUMBER.formatted("->'tokens'->'input'") + "), 0) AS input,"
                        + " coalesce(sum(" + NUMBER.formatted("->'tokens'->'output'") + "), 0) AS output"
                        + " FROM events WHERE type = 'chat_turn' AND payload->>'role' = 'assistant'"
                        + " AND occurred_at >= ? AND occurred_at < ? GROUP BY 1)", from, to)
                .append(" SELECT buckets.b AT TIME ZONE 'UTC', coalesce(conv.n, 0), coalesce(conv.handed_off, 0),"
                        + " coalesce(conv.resolved, 0), coalesce(guard.n, 0), coalesce(turns.n, 0), turns.p50, turns.p95,"
                        + " coalesce(turns.input, 0), coalesce(turns.output, 0) FROM buckets"
                        + " LEFT JOIN conv USING (b) LEFT JOIN guard USING (b) LEFT JOIN turns USING (b) ORDER BY 1");
    }

    private List<Figures> query(Sql sql) throws SQLException {
        List<Figures> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = sql.prepare(c);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new Figures(rs.getObject(1, OffsetDateTime.class), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getObject(7, Double.class), rs.getObject(8, Double.class),
                        rs.getLong(9), rs.getLong(10)));
            }
        }
        return out;
    }
}
