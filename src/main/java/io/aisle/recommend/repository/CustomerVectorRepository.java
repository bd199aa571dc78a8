package io.aisle.recommend.repository;

import com.pgvector.PGvector;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Customers' vectors per recommender version, each with the newest event it was computed from. */
@ApplicationScoped
public class CustomerVectorRepository {

    public record CustomerVector(String customerId, long eventsSeq, float[] vector) {
    }

    private static final String UPSERT = "INSERT INTO rec_customer_vectors (model_version_id, customer_id, events_seq,"
            + " embedding) VALUES (?, ?, ?, ?) ON CONFLICT (model_version_id, customer_id) DO UPDATE"
            + " SET events_seq = excluded.events_seq, embedding = excluded.embedding, updated_at = now()"
            + " WHERE rec_customer_vectors.events_seq <= excluded.events_seq";

    private final DataSource dataSource;

    public CustomerVectorRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<CustomerVector> find(long versionId, String customerId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT events_seq, embedding::text FROM rec_customer_vectors WHERE model_version_id = ? AND customer_id = ?")) {
            st.setLong(1, versionId);
            st.setString(2, customerId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new CustomerVector(customerId, rs.getLong(1),
                        new PGvector(rs.getString(2)).toArray())) : Optional.empty();
            }
        }
    }

    /** Stores a vector unless a newer one is already there. */
    public void save(long versionId, CustomerVector vector) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            saveAll(c, versionId, List.of(vector));
        }
    }

    /** Stores vectors on the caller's connection (inside a training run's transaction). */
    public void saveAll(Connection c, long versionId, List<CustomerVector> vectors) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(UPSERT)) {
            for (CustomerVector v : vectors) {
                st.setLong(1, versionId);
                st.setString(2, v.customerId());
                st.setLong(3, v.eventsSeq());
                st.setObject(4, new PGvector(v.vector()));
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
