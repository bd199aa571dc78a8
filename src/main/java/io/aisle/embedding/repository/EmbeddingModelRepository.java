package io.aisle.embedding.repository;

import com.pgvector.PGvector;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The record of embedding models (name, dimension, probe vector) and each model's HNSW index. */
@ApplicationScoped
public class EmbeddingModelRepository {

    private static final String SELECT = """
            SELECT m.name, m.dimension, m.probe::text, m.synced_at,
                   (SELECT count(*) FROM product_embeddings e WHERE e.model = m.name)
            FROM embedding_models m
            """;

    private final DataSource dataSource;

    public EmbeddingModelRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<StoredModel> find(String name) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(SELECT + " WHERE m.name = ?")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    public List<StoredModel> all() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(SELECT + " ORDER BY m.name");
             ResultSet rs = st.executeQuery()) {
            List<StoredModel> models = new ArrayList<>();
            while (rs.next()) {
                models.add(read(rs));
            }
            return models;
        }
    }

    /**
     * Records the model as it is now. When it was on record with another dimension or probe, its vectors
     * are deleted and its index rebuilt for the new dimension, in one transaction.
     *
     * @param purge delete the model's vectors (they came from a different model under the same name)
     */
    public void register(String name, int dimension, float[] probe, boolean purge) throws SQLException {
        ModelNames.checked(name);
        ModelNames.checkedDimension(dimension);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (purge) {
                    try (PreparedStatement st = c.prepareStatement("DELETE FROM product_embeddings WHERE model = ?")) {
                        st.setString(1, name);
                        int deleted = st.executeUpdate();
                        Log.infof("embedding model %s: %d stale vectors deleted", name, deleted);
                    }
                }
                try (PreparedStatement st = c.prepareStatement("""
                        INSERT INTO embedding_models (name, dimension, probe) VALUES (?, ?, ?)
                        ON CONFLICT (name) DO UPDATE SET dimension = excluded.dimension, probe = excluded.probe
                        """)) {
                    st.setString(1, name);
                    st.setInt(2, dimension);
                    st.setObject(3, new PGvector(probe));
                    st.executeUpdate();
                }
                ensureIndex(c, name, dimension);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    public void markSynced(String name) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("UPDATE embedding_models SET synced_at = now() WHERE name = ?")) {
            st.setString(1, name);
            st.executeUpdate();
        }
    }

    /** Drops the model's indexes for other dimensions (they would reject its new vectors) and creates its own. */
    private static void ensureIndex(Connection c, String name, int dimension) throws SQLException {
        String wanted = ModelNames.indexName(name, dimension);
        List<String> others = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT indexname FROM pg_indexes"
                + " WHERE schemaname = current_schema() AND tablename = 'product_embeddings' AND indexname LIKE ?")) {
            st.setString(1, ModelNames.indexPrefix(name).replace("_", "\\_") + "%");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getString(1).equals(wanted)) {
                        others.add(rs.getString(1));
                    }
                }
            }
        }
        try (Statement st = c.createStatement()) {
            for (String other : others) {
                st.execute("DROP INDEX IF EXISTS " + other);
            }
            st.execute("CREATE INDEX IF NOT EXISTS " + wanted + " ON product_embeddings USING hnsw ((embedding::vector("
                    + dimension + ")) vector_cosine_ops) WHERE model = '" + name + "' AND vector_dims(embedding) = " + dimension);
        }
    }

    private static StoredModel read(ResultSet rs) throws SQLException {
        return new StoredModel(rs.getString(1), rs.getInt(2), new PGvector(rs.getString(3)).toArray(),
                rs.getLong(5), rs.getObject(4, OffsetDateTime.class));
    }
}
