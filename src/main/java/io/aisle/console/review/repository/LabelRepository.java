package io.aisle.console.review.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** Reviewers' labels. */
@ApplicationScoped
public class LabelRepository {

    private static final String COLUMNS = "id, conversation_id, message_id, label, note, reviewer, created_at";

    private final DataSource dataSource;

    public LabelRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Labels the conversation, or its message when {@code messageId} is set.
     * @return empty when the message is not one of that conversation's
     */
    public Optional<Label> add(String conversationId, Long messageId, String label, String note, String reviewer)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "INSERT INTO conversation_labels (conversation_id, message_id, label, note, reviewer)"
                        + " SELECT ?, ?, ?, ?, ? WHERE ?::bigint IS NULL OR EXISTS (SELECT 1 FROM conversation_messages"
                        + " WHERE id = ? AND conversation_id = ?) RETURNING " + COLUMNS)) {
            st.setString(1, conversationId);
            st.setObject(2, messageId);
            st.setString(3, label);
            st.setString(4, note);
            st.setString(5, reviewer);
            st.setObject(6, messageId);
            st.setObject(7, messageId);
            st.setString(8, conversationId);
            return read(st).stream().findFirst();
        }
    }

    public List<Label> byReviewer(String reviewer, int offset, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS
                + " FROM conversation_labels WHERE reviewer = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")) {
            st.setString(1, reviewer);
            st.setInt(2, limit);
            st.setInt(3, offset);
            return read(st);
        }
    }

    /** The labels of each of these conversations, oldest first. */
    public Map<String, List<Label>> of(Connection c, List<String> conversationIds) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS
                + " FROM conversation_labels WHERE conversation_id = ANY (?) ORDER BY id")) {
            st.setArray(1, c.createArrayOf("text", conversationIds.toArray()));
            Map<String, List<Label>> out = new HashMap<>();
            for (Label label : read(st)) {
                out.computeIfAbsent(label.conversationId(), k -> new ArrayList<>()).add(label);
            }
            return out;
        }
    }

    public Optional<Label> find(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM conversation_labels WHERE id = ?")) {
            st.setLong(1, id);
            return read(st).stream().findFirst();
        }
    }

    /** @return false when there is no such label of this reviewer */
    public boolean delete(long id, String reviewer) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "DELETE FROM conversation_labels WHERE id = ? AND reviewer = ?")) {
            st.setLong(1, id);
            st.setString(2, reviewer);
            return st.executeUpdate() == 1;
        }
    }

    private static List<Label> read(PreparedStatement st) throws SQLException {
        List<Label> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new Label(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class)));
            }
        }
        return out;
    }
}
