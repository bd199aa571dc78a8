package io.aisle.console.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

@ApplicationScoped
public class NoteRepository {

    private final DataSource dataSource;

    public NoteRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Note add(String conversationId, String author, String text) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "INSERT INTO conversation_notes (conversation_id, author, text) VALUES (?, ?, ?)"
                        + " RETURNING id, author, text, created_at")) {
            st.setString(1, conversationId);
            st.setString(2, author);
            st.setString(3, text);
            return read(st).get(0);
        }
    }

    /** The conversation's notes, oldest first. */
    public List<Note> of(String conversationId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT id, author, text, created_at FROM conversation_notes WHERE conversation_id = ? ORDER BY id")) {
            st.setString(1, conversationId);
            return read(st);
        }
    }

    private static List<Note> read(PreparedStatement st) throws SQLException {
        List<Note> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new Note(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class)));
            }
        }
        return out;
    }
}
