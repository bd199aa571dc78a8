package io.aisle.console.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Who a waiting conversation is assigned to. Assignment runs under a transaction-scoped advisory lock, so that
 * replicas assigning at the same moment take turns and never both count the same free slot.
 */
@ApplicationScoped
public class AssignmentRepository {

    public record Assignment(String conversationId, String agent) {
    }

    private static final String NEXT_CONVERSATION = "SELECT v.id FROM conversations v"
            + " LEFT JOIN customers c ON c.external_id = v.customer_id"
            + " LEFT JOIN customer_scores s ON s.customer_id = c.id"
            + " WHERE v.state = 'waiting_for_agent' AND v.assigned_agent IS NULL ORDER BY " + QueueOrder.SQL + " LIMIT 1";

    /** Available, below capacity; the fewest open first, then the one whose last assignment is the oldest. */
    private static final String NEXT_AGENT = "SELECT u.username FROM staff_users u"
            + " JOIN console_agents a ON a.username = u.username"
            + " WHERE a.available AND u.active AND 'agent' = ANY (u.roles) AND " + AgentRepository.OPEN + " < u.capacity"
            + " ORDER BY " + AgentRepository.OPEN + ", a.last_assigned_at NULLS FIRST, u.username LIMIT 1";

    private final DataSource dataSource;

    public AssignmentRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Assigns unassigned waiting conversations, in queue order, while an available agent has room. */
    public List<Assignment> assignWaiting() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                execute(c, "SELECT pg_advisory_xact_lock(hashtext('aisle.console.assignment'))");
                List<Assignment> made = new ArrayList<>();
                for (Optional<String> id = first(c, NEXT_CONVERSATION); id.isPresent(); id = first(c, NEXT_CONVERSATION)) {
                    Optional<String> agent = first(c, NEXT_AGENT);
                    if (agent.isEmpty()) {
                        break;
                    }
                    assign(c, id.get(), agent.get());
                    made.add(new Assignment(id.get(), agent.get()));
                }
                c.commit();
                return made;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** The agent took the conversation: it counts against their capacity, and as their latest assignment. */
    public void claim(String conversationId, String agent) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assign(c, conversationId, agent);
        }
    }

    /** The conversation went back to the bot or was resolved: it no longer counts against anyone. */
    public void release(String conversationId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "UPDATE conversations SET assigned_agent = NULL, assigned_at = NULL WHERE id = ?")) {
            st.setString(1, conversationId);
            st.executeUpdate();
        }
    }

    private static void assign(Connection c, String conversationId, String agent) throws SQLException {
        try (PreparedStatement conversation = c.prepareStatement(
                "UPDATE conversations SET assigned_agent = ?, assigned_at = now() WHERE id = ?");
             PreparedStatement stamp = c.prepareStatement("INSERT INTO console_agents (username, last_assigned_at)"
                     + " SELECT username, clock_timestamp() FROM staff_users WHERE username = ? ON CONFLICT (username)"
                     + " DO UPDATE SET last_assigned_at = excluded.last_assigned_at")) {
            conversation.setString(1, agent);
            conversation.setString(2, conversationId);
            conversation.executeUpdate();
            stamp.setString(1, agent);
            stamp.executeUpdate();
        }
    }

    private static Optional<String> first(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.execute();
        }
    }
}
