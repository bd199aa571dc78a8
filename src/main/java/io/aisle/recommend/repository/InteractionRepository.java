package io.aisle.recommend.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reads interaction sequences out of the event log: the products (by id; skus the catalog does not know are
 * skipped) of the chosen event types, in the order they happened, items of one event in their listed order.
 */
@ApplicationScoped
public class InteractionRepository {

    /** Everyone's sequences up to an event, and that event's seq. */
    public record Sequences(Map<String, List<Long>> byCustomer, long eventsSeq) {
    }

    /** One person's latest items (oldest first) and the seq of their newest event (0 when none). */
    public record History(List<Long> productIds, long eventsSeq) {
    }

    private static final String ITEMS = "SELECT %s, p.id, e.seq FROM events e"
            + " CROSS JOIN LATERAL unnest(e.item_ids) WITH ORDINALITY AS i(sku, pos)"
            + " JOIN products p ON p.sku = i.sku WHERE e.type = ANY (?) AND ";

    private final DataSource dataSource;

    public InteractionRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long latestSeq() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT coalesce(max(seq), 0) FROM events"); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every customer's sequence, from events up to {@code untilSeq}. */
    public Sequences customerSequences(List<String> eventTypes, long untilSeq) throws SQLException {
        Map<String, List<Long>> sequences = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // lets the driver stream the rows with a cursor
            try (PreparedStatement st = c.prepareStatement(String.format(ITEMS, "e.customer_id")
                    + "e.customer_id IS NOT NULL AND e.seq <= ? ORDER BY e.customer_id, e.occurred_at, e.seq, i.pos")) {
                st.setFetchSize(10_000);
                st.setArray(1, c.createArrayOf("text", eventTypes.toArray()));
                st.setLong(2, untilSeq);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        sequences.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
        return new Sequences(sequences, untilSeq);
    }

    /** A customer's latest {@code limit} items. */
    public History customerHistory(String customerId, List<String> eventTypes, int limit) throws SQLException {
        return history("e.customer_id = ?", customerId, eventTypes, limit);
    }

    /** An anonymous session's latest {@code limit} items. */
    public History sessionHistory(String sessionId, List<String> eventTypes, int limit) throws SQLException {
        return history("e.session_id = ?", sessionId, eventTypes, limit);
    }

    private History history(String who, String id, List<String> eventTypes, int limit) throws SQLException {
        List<Long> newestFirst = new ArrayList<>();
        long seq = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                String.format(ITEMS, "NULL") + who + " ORDER BY e.occurred_at DESC, e.seq DESC, i.pos DESC LIMIT ?")) {
            st.setArray(1, c.createArrayOf("text", eventTypes.toArray()));
            st.setString(2, id);
            st.setInt(3, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    newestFirst.add(rs.getLong(2));
                    seq = Math.max(seq, rs.getLong(3));
                }
            }
        }
        Collections.reverse(newestFirst);
        return new History(newestFirst, seq);
    }
}
