package io.aisle.ltv.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Model versions: registered with their metrics, one active per kind, the previous ones kept. */
@ApplicationScoped
public class LtvModelRepository {

    public record ModelVersion(long id, String kind, Instant trainedAt, Instant cutoff, Instant holdoutEnd,
                               int customers, String paramsJson, String metricsJson, String status) {
    }

    private static final String COLUMNS =
            "id, kind, trained_at, cutoff, holdout_end, customers, params::text, metrics::text, status";

    private final DataSource dataSource;

    public LtvModelRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<ModelVersion> active(String kind) throws SQLException {
        List<ModelVersion> found = query("SELECT " + COLUMNS + " FROM ltv_model_versions WHERE kind = ? AND status = 'active'", kind);
        return found.stream().findFirst();
    }

    /** The active versions of every kind. */
    public List<ModelVersion> active() throws SQLException {
        return query("SELECT " + COLUMNS + " FROM ltv_model_versions WHERE status = 'active' ORDER BY id");
    }

    public List<ModelVersion> all() throws SQLException {
        return query("SELECT " + COLUMNS + " FROM ltv_model_versions ORDER BY id DESC");
    }

    /** Registers a version on the caller's connection (inside the run's transaction). */
    public long insert(Connection c, String kind, Instant cutoff, Instant holdoutEnd, int customers, String paramsJson,
                       byte[] artifact, String metricsJson, boolean activate) throws SQLException {
        if (activate) {
            try (PreparedStatement retire = c.prepareStatement(
                    "UPDATE ltv_model_versions SET status = 'retired' WHERE kind = ? AND status = 'active'")) {
                retire.setString(1, kind);
                retire.executeUpdate();
            }
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO ltv_model_versions"
                + " (kind, cutoff, holdout_end, customers, params, artifact, metrics, status, activated_at)"
                + " VALUES (?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, CASE WHEN ? THEN now() END) RETURNING id")) {
            st.setString(1, kind);
            st.setTimestamp(2, Timestamp.from(cutoff));
            st.setTimestamp(3, Timestamp.from(holdoutEnd));
            st.setInt(4, customers);
            st.setString(5, paramsJson);
            st.setBytes(6, artifact);
            st.setString(7, metricsJson);
            st.setString(8, activate ? "active" : "rejected");
            st.setBoolean(9, activate);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private List<ModelVersion> query(String sql, String... args) throws SQLException {
        List<ModelVersion> versions = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setString(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    versions.add(new ModelVersion(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                            rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getInt(6),
                            rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
        }
        return versions;
    }
}
