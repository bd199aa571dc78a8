package io.aisle.ltv.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Retraining runs, each in its own short transactions so a failed run stays on record. */
@ApplicationScoped
public class LtvRunRepository {

    public record Run(long id, String trigger, Instant startedAt, Instant finishedAt, String outcome, Integer customers,
                      Integer orders, String metricsJson, String error) {
    }

    private final DataSource dataSource;

    public LtvRunRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long start(String trigger) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("INSERT INTO ltv_runs (trigger, outcome) VALUES (?, 'running') RETURNING id")) {
            st.setString(1, trigger);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public void finish(long id, String outcome, int customers, int orders, String metricsJson, String error)
            throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("UPDATE ltv_runs SET finished_at = now(), outcome = ?,"
                     + " customers = ?, orders = ?, metrics = ?::jsonb, error = ? WHERE id = ?")) {
            st.setString(1, outcome);
            st.setInt(2, customers);
            st.setInt(3, orders);
            st.setString(4, metricsJson);
            st.setString(5, error);
            st.setLong(6, id);
            st.executeUpdate();
        }
    }

    public List<Run> recent(int limit) throws SQLException {
        List<Run> runs = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT id, trigger, started_at, finished_at, outcome, customers,"
                     + " orders, metrics::text, error FROM ltv_runs ORDER BY id DESC LIMIT ?")) {
            st.setInt(1, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    runs.add(new Run(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                            rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getString(5),
                            (Integer) rs.getObject(6), (Integer) rs.getObject(7), rs.getString(8), rs.getString(9)));
                }
            }
        }
        return runs;
    }
}
