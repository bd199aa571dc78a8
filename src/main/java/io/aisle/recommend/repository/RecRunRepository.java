package io.aisle.recommend.repository;

import com.fasterxml.jackson.annotation.JsonRawValue;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The record of every retraining run, written outside the run's own transaction so failures are kept too. */
@ApplicationScoped
public class RecRunRepository {

    public record Run(long id, String trigger, Instant startedAt, Instant finishedAt, String outcome,
                      Long modelVersionId, @JsonRawValue String report, String error) {
    }

    private final DataSource dataSource;

    public RecRunRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long start(String trigger) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "INSERT INTO rec_runs (trigger, outcome) VALUES (?, 'running') RETURNING id")) {
            st.setString(1, trigger);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public void finish(long id, String outcome, Long modelVersionId, String reportJson, String error)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("UPDATE rec_runs"
                + " SET finished_at = now(), outcome = ?, model_version_id = ?, report = ?::jsonb, error = ? WHERE id = ?")) {
            st.setString(1, outcome);
            if (modelVersionId == null) {
                st.setNull(2, Types.BIGINT);
            } else {
                st.setLong(2, modelVersionId);
            }
            st.setString(3, reportJson);
            st.setString(4, error);
            st.setLong(5, id);
            st.executeUpdate();
        }
    }

    public List<Run> latest(int limit) throws SQLException {
        List<Run> runs = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT id, trigger, started_at, finished_at, outcome, model_version_id, report::text, error"
                        + " FROM rec_runs ORDER BY id DESC LIMIT ?")) {
            st.setInt(1, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    runs.add(new Run(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                            rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getString(5),
                            (Long) rs.getObject(6), rs.getString(7), rs.getString(8)));
                }
            }
        }
        return runs;
    }
}
