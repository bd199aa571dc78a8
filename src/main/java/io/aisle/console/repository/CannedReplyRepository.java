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

@ApplicationScoped
public class CannedReplyRepository {

    private static final String COLUMNS = "id, shortcut, title, body, uses";

    private final DataSource dataSource;

    public CannedReplyRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The most used first. */
    public List<CannedReply> all() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM canned_replies ORDER BY uses DESC, shortcut")) {
            return read(st);
        }
    }

    public Optional<CannedReply> find(String shortcut) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM canned_replies WHERE shortcut = ?")) {
            st.setString(1, shortcut);
            return read(st).stream().findFirst();
        }
    }

    /** @return empty when the shortcut is taken */
    public Optional<CannedReply> add(String shortcut, String title, String body, String createdBy) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "INSERT INTO canned_replies (shortcut, title, body, created_by) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (shortcut) DO NOTHING RETURNING " + COLUMNS)) {
            st.setString(1, shortcut);
            st.setString(2, title);
            st.setString(3, body);
            st.setString(4, createdBy);
            return read(st).stream().findFirst();
        }
    }

    public void countUse(String shortcut) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "UPDATE canned_replies SET uses = uses + 1 WHERE shortcut = ?")) {
            st.setString(1, shortcut);
            st.executeUpdate();
        }
    }

    private static List<CannedReply> read(PreparedStatement st) throws SQLException {
        List<CannedReply> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new CannedReply(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
            }
        }
        return out;
    }
}
