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

/** Agents (active staff users with the role agent), their availability and how many conversations they have open. */
@ApplicationScoped
public class AgentRepository {

    /** Conversations that count against an agent's capacity. */
    static final String OPEN = "(SELECT count(*) FROM conversations o WHERE o.assigned_agent = u.username"
            + " AND o.state IN ('waiting_for_agent', 'with_agent'))";

    private static final String SELECT = "SELECT u.username, coalesce(u.display_name, u.username),"
            + " coalesce(a.available, false), u.capacity, " + OPEN
            + " FROM staff_users u LEFT JOIN console_agents a ON a.username = u.username"
            + " WHERE u.active AND 'agent' = ANY (u.roles)";

    private final DataSource dataSource;

    public AgentRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<AgentStatus> find(String username) throws SQLException {
        return list(SELECT + " AND u.username = ?", username).stream().findFirst();
    }

    /** Every agent, available ones first. */
    public List<AgentStatus> all() throws SQLException {
        return list(SELECT + " ORDER BY 3 DESC, 1", null);
    }

    public void setAvailable(String username, boolean available) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "INSERT INTO console_agents (username, available) VALUES (?, ?) ON CONFLICT (username)"
                        + " DO UPDATE SET available = excluded.available, updated_at = now()")) {
            st.setString(1, username);
            st.setBoolean(2, available);
            st.executeUpdate();
        }
    }

    private List<AgentStatus> list(String sql, String username) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            if (username != null) {
                st.setString(1, username);
            }
            List<AgentStatus> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new AgentStatus(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4),
                            rs.getInt(5)));
                }
            }
            return out;
        }
    }
}
