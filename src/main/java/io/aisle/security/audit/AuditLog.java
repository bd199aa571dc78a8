package io.aisle.security.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.common.jdbc.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The audit log of staff actions (table audit_log): append-only, read by admins. */
@ApplicationScoped
public class AuditLog {

    private final DataSource dataSource;
    private final ObjectMapper mapper;

    public AuditLog(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /** Records an action; {@code details} hold ids and counts, never what a shopper wrote. */
    public void record(String actor, String action, String targetType, String targetId, Map<String, ?> details)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "INSERT INTO audit_log (actor, action, target_type, target_id, details) VALUES (?, ?, ?, ?, ?::jsonb)")) {
            st.setString(1, actor);
            st.setString(2, action);
            st.setString(3, targetType);
            st.setString(4, targetId);
            st.setString(5, json(details));
            st.executeUpdate();
        }
    }

    /** Newest first; each filter is optional. */
    public List<AuditEntry> find(String actor, String action, String targetId, OffsetDateTime since, int limit)
            throws SQLException {
        Sql sql = new Sql().append("SELECT id, actor, action, target_type, target_id, details::text, at FROM audit_log"
                + " WHERE true");
        if (actor != null) {
            sql.append(" AND actor = ?", actor);
        }
        if (action != null) {
            sql.append(" AND action = ?", action);
        }
        if (targetId != null) {
            sql.append(" AND target_id = ?", targetId);
        }
        if (since != null) {
            sql.append(" AND at >= ?", since);
        }
        sql.append(" ORDER BY id DESC LIMIT ?", limit);
        try (Connection c = dataSource.getConnection(); PreparedStatement st = sql.prepare(c);
             ResultSet rs = st.executeQuery()) {
            List<AuditEntry> entries = new ArrayList<>();
            while (rs.next()) {
                entries.add(new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), mapper.readTree(rs.getString(6)), rs.getObject(7, OffsetDateTime.class)));
            }
            return entries;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit_log.details is not JSON", e);
        }
    }

    /** How often {@code actor} did {@code action} since a moment (e.g. failed sign-ins). */
    public int count(String actor, String action, OffsetDateTime since) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT count(*) FROM audit_log WHERE actor = ? AND action = ? AND at >= ?")) {
            st.setString(1, actor);
            st.setString(2, action);
            st.setObject(3, since);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private String json(Map<String, ?> details) {
        try {
            return mapper.writeValueAsString(details == null ? Map.of() : details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details must be plain JSON values", e);
        }
    }
}
