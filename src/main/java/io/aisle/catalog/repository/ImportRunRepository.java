package io.aisle.catalog.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Records bulk loads in their own short transactions, so that a failed load is still on record
 * after the load's own transaction rolled back.
 */
@ApplicationScoped
public class ImportRunRepository {

    private final DataSource dataSource;

    public ImportRunRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long start(String kind, String source, String sha256) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("INSERT INTO import_runs (kind, source, source_sha256, started_at, status)"
                     + " VALUES (?, ?, ?, now(), 'running') RETURNING id")) {
            st.setString(1, kind);
            st.setString(2, source);
            st.setString(3, sha256);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public void finish(long id, boolean succeeded, long read, long loaded, long rejected, String detailsJson)
            throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("UPDATE import_runs SET finished_at = now(), status = ?,"
                     + " rows_read = ?, rows_loaded = ?, rows_rejected = ?, details = ?::jsonb WHERE id = ?")) {
            st.setString(1, succeeded ? "succeeded" : "failed");
            st.setLong(2, read);
            st.setLong(3, loaded);
            st.setLong(4, rejected);
            st.setString(5, detailsJson);
            st.setLong(6, id);
            st.executeUpdate();
        }
    }

    /** The id of the latest successful load of exactly this content, if any. */
    public Optional<Long> lastSucceeded(String kind, String sha256) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT id FROM import_runs WHERE kind = ? AND source_sha256 = ?"
                     + " AND status = 'succeeded' ORDER BY started_at DESC LIMIT 1")) {
            st.setString(1, kind);
            st.setString(2, sha256);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }
}
