package io.aisle.console.review.repository;

import static io.aisle.assistant.conversation.TranscriptReader.strings;

import io.aisle.common.jdbc.ReadTransaction;
import io.aisle.common.jdbc.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** Finds conversations for review: filtered, newest first, a page at a time, with counts by state. */
@ApplicationScoped
public class ConversationSearch {

    /** A page of results, and how many conversations match in all (by state). */
    public record Page(long total, Map<String, Long> byState, List<ConversationSummary> items) {
    }

    private static final String SUMMARY = "SELECT v.id, v.created_at, v.updated_at, v.state, v.handoff_reason,"
            + " v.agent_id, " + FilterSql.TIER + ", v.priority > 0,"
            + " (SELECT count(*) FROM conversation_messages m WHERE m.conversation_id = v.id),"
            + " ARRAY(SELECT DISTINCT m.intent FROM conversation_messages m WHERE m.conversation_id = v.id"
            + " AND m.intent IS NOT NULL ORDER BY 1),"
            + " ARRAY(SELECT DISTINCT t.name FROM conversation_tool_calls t WHERE t.conversation_id = v.id ORDER BY 1),"
            + " ARRAY(SELECT DISTINCT f FROM conversation_messages m, unnest(m.flags) f WHERE m.conversation_id = v.id"
            + " ORDER BY 1),"
            + " ARRAY(SELECT DISTINCT l.label FROM conversation_labels l WHERE l.conversation_id = v.id ORDER BY 1),"
            + " (SELECT left(m.text, 160) FROM conversation_messages m WHERE m.conversation_id = v.id"
            + " AND m.role = 'shopper' ORDER BY m.id LIMIT 1)";

    private final DataSource dataSource;

    public ConversationSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Page search(ReviewFilter filter, int offset, int limit) throws SQLException {
        return ReadTransaction.run(dataSource, c -> {
            Map<String, Long> byState = countByState(c, filter);
            // the page is chosen first, so the per-row subqueries run for its rows only
            Sql page = FilterSql.where(new Sql().append(SUMMARY + " FROM (SELECT * FROM conversations v"), filter)
                    .append(" ORDER BY v.created_at DESC, v.id LIMIT ? OFFSET ?) v ORDER BY v.created_at DESC, v.id",
                            limit, offset);
            List<ConversationSummary> items = summaries(c, page);
            return new Page(byState.values().stream().mapToLong(Long::longValue).sum(), byState, items);
        });
    }

    public Optional<ConversationSummary> summary(String id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return summaries(c, new Sql().append(SUMMARY + " FROM conversations v WHERE v.id = ?", id)).stream().findFirst();
        }
    }

    /** Receives the matching conversations a batch at a time, on the scan's own connection. */
    @FunctionalInterface
    public interface BatchHandler {
        void accept(Connection connection, List<ConversationSummary> batch) throws SQLException;
    }

    /** Every matching conversation, newest first, read through a cursor in batches (for exports). */
    public void scan(ReviewFilter filter, int batchSize, BatchHandler handler) throws SQLException {
        ReadTransaction.run(dataSource, c -> {
            Sql sql = FilterSql.where(new Sql().append(SUMMARY + " FROM conversations v"), filter)
                    .append(" ORDER BY v.created_at DESC, v.id");
            try (PreparedStatement st = sql.prepare(c)) {
                st.setFetchSize(batchSize);
                try (ResultSet rs = st.executeQuery()) {
                    List<ConversationSummary> batch = new ArrayList<>(batchSize);
                    while (rs.next()) {
                        batch.add(summary(rs));
                        if (batch.size() == batchSize) {
                            handler.accept(c, List.copyOf(batch));
                            batch.clear();
                        }
                    }
                    if (!batch.isEmpty()) {
                        handler.accept(c, batch);
                    }
                }
            }
            return null;
        });
    }

    private static Map<String, Long> countByState(Connection c, ReviewFilter filter) throws SQLException {
        Sql count = FilterSql.where(new Sql().append("SELECT v.state, count(*) FROM conversations v"), filter)
                .append(" GROUP BY v.state ORDER BY v.state");
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement st = count.prepare(c); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static List<ConversationSummary> summaries(Connection c, Sql sql) throws SQLException {
        List<ConversationSummary> out = new ArrayList<>();
        try (PreparedStatement st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(summary(rs));
            }
        }
        return out;
    }

    private static ConversationSummary summary(ResultSet rs) throws SQLException {
        return new ConversationSummary(rs.getString(1), rs.getObject(2, OffsetDateTime.class),
                rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getBoolean(8), rs.getInt(9), strings(rs.getArray(10)),
                strings(rs.getArray(11)), strings(rs.getArray(12)), strings(rs.getArray(13)), rs.getString(14));
    }
}
