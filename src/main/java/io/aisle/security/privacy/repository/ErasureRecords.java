package io.aisle.security.privacy.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** What an erasure leaves behind: tombstones that keep late data out, and a receipt without personal data. */
public final class ErasureRecords {

    public record Receipt(long id, OffsetDateTime erasedAt) {
    }

    private ErasureRecords() {
    }

    public static boolean tombstoned(Connection c, Scope scope) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM privacy_tombstones WHERE subject_hash = privacy_subject_hash(?, ?))")) {
            st.setString(1, scope.subject().kind().wireName());
            st.setString(2, scope.subject().id());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Tombstones the subject and, for a customer, every session they were signed in on. */
    public static void tombstone(Connection c, Scope scope) throws SQLException {
        List<String> kinds = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        kinds.add(scope.subject().kind().wireName());
        ids.add(scope.subject().id());
        for (String session : scope.sessions()) {
            kinds.add("session");
            ids.add(session);
        }
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO privacy_tombstones (subject_hash, erased_at, events_seq)
                SELECT DISTINCT privacy_subject_hash(s.kind, s.id), now(), (SELECT coalesce(max(seq), 0) FROM events)
                FROM unnest(?::text[], ?::text[]) AS s(kind, id)
                ON CONFLICT (subject_hash) DO UPDATE SET erased_at = excluded.erased_at, events_seq = excluded.events_seq""")) {
            st.setArray(1, c.createArrayOf("text", kinds.toArray()));
            st.setArray(2, c.createArrayOf("text", ids.toArray()));
            st.executeUpdate();
        }
    }

    public static Receipt receipt(Connection c, String requestedBy, Scope scope, String countsJson) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO erasure_receipts (requested_by, subject_kind, counts)"
                + " VALUES (?, ?, ?::jsonb) RETURNING id, erased_at")) {
            st.setString(1, requestedBy);
            st.setString(2, scope.subject().kind().wireName());
            st.setString(3, countsJson);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new Receipt(rs.getLong(1), rs.getObject(2, OffsetDateTime.class));
            }
        }
    }
}
