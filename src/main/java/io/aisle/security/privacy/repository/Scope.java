package io.aisle.security.privacy.repository;

import io.aisle.security.privacy.service.Subject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows that are a subject's. A customer's: their own (customer_id) and the anonymous ones of every browser
 * session they were signed in on (what they did before signing in). A session's: the anonymous ones of that session.
 * The SQL predicates below take the parameters {@link #customerId()} (null for a session) and {@link #sessions()}.
 */
public record Scope(Subject subject, String customerId, String[] sessions) {

    /** Conversations and events: {@code WHERE } + this, with customerId and sessions as parameters. */
    public static final String OWNED = "(customer_id = ? OR (customer_id IS NULL AND session_id = ANY (?)))";

    public static Scope resolve(Connection c, Subject subject) throws SQLException {
        if (subject.kind() == Subject.Kind.SESSION) {
            return new Scope(subject, null, new String[] {subject.id()});
        }
        try (PreparedStatement st = c.prepareStatement("SELECT session_id FROM conversations WHERE customer_id = ?"
                + " UNION SELECT session_id FROM events WHERE customer_id = ? AND session_id IS NOT NULL")) {
            st.setString(1, subject.id());
            st.setString(2, subject.id());
            List<String> sessions = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    sessions.add(rs.getString(1));
                }
            }
            return new Scope(subject, subject.id(), sessions.toArray(String[]::new));
        }
    }

    /** Binds {@link #OWNED}'s two parameters from position {@code first}. */
    public void bindOwned(Connection c, PreparedStatement st, int first) throws SQLException {
        st.setString(first, customerId);
        st.setArray(first + 1, c.createArrayOf("text", sessions));
    }
}
