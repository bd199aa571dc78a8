package io.aisle.console.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The inbox's sections: the queue of waiting conversations, an agent's own, and live ones with the bot. */
@ApplicationScoped
public class InboxRepository {

    private static final String SELECT = """
            SELECT v.id, v.state, v.customer_id, s.tier, s.churn_risk, v.priority, v.handoff_reason,
                   CASE WHEN v.state = 'with_agent' THEN v.agent_id END, v.assigned_agent, v.handed_off_at,
                   m.created_at, m.role, left(m.text, 160)
            FROM conversations v
            LEFT JOIN customers c ON c.external_id = v.customer_id
            LEFT JOIN customer_scores s ON s.customer_id = c.id
            LEFT JOIN LATERAL (SELECT created_at, role, text FROM conversation_messages
                               WHERE conversation_id = v.id ORDER BY id DESC LIMIT 1) m ON true
            """;

    private final DataSource dataSource;

    public InboxRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Waiting for an agent, in queue order (see {@link QueueOrder}). */
    public List<InboxItem> waiting(int limit) throws SQLException {
        return list(SELECT + " WHERE v.state = 'waiting_for_agent' ORDER BY " + QueueOrder.SQL + " LIMIT ?", limit);
    }

    /** Held by the agent, the latest active first. */
    public List<InboxItem> heldBy(String agent, int limit) throws SQLException {
        return list(SELECT + " WHERE v.state = 'with_agent' AND v.agent_id = ? ORDER BY m.created_at DESC NULLS LAST,"
                + " v.id LIMIT ?", agent, limit);
    }

    /** With the bot and active within the window: the live view. */
    public List<InboxItem> withBot(Duration window, int limit) throws SQLException {
        return list(SELECT + " WHERE v.state = 'bot' AND v.id IN (SELECT conversation_id FROM conversation_messages"
                + " WHERE created_at > now() - make_interval(secs => ?)) ORDER BY m.created_at DESC, v.id LIMIT ?",
                (double) window.toSeconds(), limit);
    }

    public Optional<InboxItem> find(String conversationId) throws SQLException {
        return list(SELECT + " WHERE v.id = ?", conversationId).stream().findFirst();
    }

    private List<InboxItem> list(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            List<InboxItem> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new InboxItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, Double.class), rs.getInt(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getObject(10, OffsetDateTime.class),
                            rs.getObject(11, OffsetDateTime.class), rs.getString(12), rs.getString(13)));
                }
            }
            return out;
        }
    }
}
