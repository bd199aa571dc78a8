package io.aisle.recommend.repository;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.pgvector.PGvector;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Trained recommender versions: registered with their metrics; an active one has its item vectors in
 * {@code rec_item_vectors} under a partial HNSW index of its own. Retired versions keep theirs for rollback.
 */
@ApplicationScoped
public class RecModelRepository {

    public record Version(long id, Instant trainedAt, long eventsSeq, int sequences, int items, int dimension,
                          @JsonRawValue String config, @JsonRawValue String metrics, String status, boolean servable) {
    }

    /** What serving needs: the model bytes and the product id of each item index. */
    public record Artifact(long id, int dimension, long eventsSeq, byte[] bytes, Map<Long, Integer> itemIndexByProduct) {
    }

    private static final String COLUMNS = "v.id, v.trained_at, v.events_seq, v.sequences, v.items, v.dimension,"
            + " v.config::text, v.metrics::text, v.status,"
            + " EXISTS (SELECT 1 FROM rec_item_vectors i WHERE i.model_version_id = v.id)";

    private final DataSource dataSource;

    public RecModelRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Long> activeId() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT id FROM rec_model_versions WHERE status = 'active'"); ResultSet rs = st.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    public List<Version> all() throws SQLException {
        return versions("SELECT " + COLUMNS + " FROM rec_model_versions v ORDER BY v.id DESC", null);
    }

    public Optional<Version> find(long id) throws SQLException {
        return versions("SELECT " + COLUMNS + " FROM rec_model_versions v WHERE v.id = ?", id).stream().findFirst();
    }

    public Artifact artifact(long id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Artifact artifact;
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT dimension, events_seq, artifact FROM rec_model_versions WHERE id = ?")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no recommender version " + id);
                    }
                    artifact = new Artifact(id, rs.getInt(1), rs.getLong(2), rs.getBytes(3), new HashMap<>());
                }
            }
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT product_id, item_index FROM rec_item_vectors WHERE model_version_id = ?")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        artifact.itemIndexByProduct().put(rs.getLong(1), rs.getInt(2));
                    }
                }
            }
            return artifact;
        }
    }

    /** Registers a version on the caller's connection (inside the run's transaction), active or rejected. */
    public long insert(Connection c, long eventsSeq, int sequences, int items, int dimension, String configJson,
                       String metricsJson, byte[] artifact, boolean activate) throws SQLException {
        if (activate) {
            retireActive(c);
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO rec_model_versions (events_seq, sequences, items,"
                + " dimension, config, metrics, artifact, status, activated_at)"
                + " VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, CASE WHEN ? THEN now() END) RETURNING id")) {
            st.setLong(1, eventsSeq);
            st.setInt(2, sequences);
            st.setInt(3, items);
            st.setInt(4, dimension);
            st.setString(5, configJson);
            st.setString(6, metricsJson);
            st.setBytes(7, artifact);
            st.setString(8, activate ? "active" : "rejected");
            st.setBoolean(9, activate);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Stores a version's item vectors and builds its HNSW index (inner product).
     *
     * @param vectors      row i is the vector of item index i (row 0, padding, is skipped)
     * @param interactions element i: how often item index i occurs in the training sequences (whole numbers)
     */
    public void insertItemVectors(Connection c, long versionId, long[] productIdByIndex, float[][] vectors,
                                  float[] interactions) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO rec_item_vectors"
                + " (model_version_id, product_id, item_index, interactions, embedding) VALUES (?, ?, ?, ?, ?)")) {
            for (int index = 1; index < productIdByIndex.length; index++) {
                st.setLong(1, versionId);
                st.setLong(2, productIdByIndex[index]);
                st.setInt(3, index);
                st.setInt(4, Math.round(interactions[index]));
                st.setObject(5, new PGvector(vectors[index]));
                st.addBatch();
                if (index % 1_000 == 0) {
                    st.executeBatch();
                }
            }
            st.executeBatch();
        }
        int dimension = vectors[1].length;
        try (Statement st = c.createStatement()) {
            st.execute("CREATE INDEX " + ItemVectorRepository.indexName(versionId) + " ON rec_item_vectors USING hnsw"
                    + " ((embedding::vector(" + dimension + ")) vector_ip_ops) WHERE model_version_id = " + versionId);
        }
    }

    /** Makes a retired version with vectors active again (rollback); false when it has none or does not exist. */
    public boolean reactivate(long id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                retireActive(c);
                try (PreparedStatement st = c.prepareStatement("UPDATE rec_model_versions SET status = 'active',"
                        + " activated_at = now() WHERE id = ? AND status = 'retired'"
                        + " AND EXISTS (SELECT 1 FROM rec_item_vectors WHERE model_version_id = ?)")) {
                    st.setLong(1, id);
                    st.setLong(2, id);
                    if (st.executeUpdate() == 0) {
                        c.rollback();
                        return false;
                    }
                }
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static void retireActive(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE rec_model_versions SET status = 'retired' WHERE status = 'active'");
        }
    }

    private List<Version> versions(String sql, Long id) throws SQLException {
        List<Version> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            if (id != null) {
                st.setLong(1, id);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Version(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getLong(3), rs.getInt(4),
                            rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getBoolean(10)));
                }
            }
        }
        return out;
    }
}
