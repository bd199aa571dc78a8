package io.aisle.embedding.repository;

import com.pgvector.PGvector;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Per-model product vectors: the catalog scan that finds stale ones, and their upsert. */
@ApplicationScoped
public class ProductEmbeddingRepository {

    private static final String SCAN = """
            SELECT p.id, p.title, p.category_path, p.attributes::text, p.description, e.content_hash
            FROM products p
            LEFT JOIN product_embeddings e ON e.product_id = p.id AND e.model = ?
            WHERE p.id > ? AND p.sku LIKE ?
            ORDER BY p.id
            LIMIT ?
            """;
    // a product deleted since the scan is skipped rather than failing the batch on the foreign key
    private static final String UPSERT = """
            INSERT INTO product_embeddings (model, product_id, content_hash, embedding, embedded_at)
            SELECT ?, ?, ?, ?, now() WHERE EXISTS (SELECT 1 FROM products WHERE id = ?)
            ON CONFLICT (model, product_id) DO UPDATE SET
                content_hash = excluded.content_hash, embedding = excluded.embedding, embedded_at = now()
            """;

    private final DataSource dataSource;

    public ProductEmbeddingRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @param skuPrefix only products whose sku starts with it; "" for all */
    public long countProducts(String skuPrefix) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT count(*) FROM products WHERE sku LIKE ?")) {
            st.setString(1, likePrefix(skuPrefix));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The next {@code limit} products after {@code afterId}, in id order, with their stored hash for the model.
     *
     * @param skuPrefix only products whose sku starts with it; "" for all
     */
    public List<ProductSource> scan(String model, String skuPrefix, long afterId, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(SCAN)) {
            st.setString(1, model);
            st.setLong(2, afterId);
            st.setString(3, likePrefix(skuPrefix));
            st.setInt(4, limit);
            try (ResultSet rs = st.executeQuery()) {
                List<ProductSource> rows = new ArrayList<>(limit);
                while (rs.next()) {
                    rows.add(new ProductSource(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getBytes(6)));
                }
                return rows;
            }
        }
    }

    public void upsert(String model, List<ProductVector> vectors) throws SQLException {
        if (vectors.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(UPSERT)) {
            for (ProductVector v : vectors) {
                st.setString(1, model);
                st.setLong(2, v.productId());
                st.setBytes(3, v.contentHash());
                st.setObject(4, new PGvector(v.embedding()));
                st.setLong(5, v.productId());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The stored vector of one product for one model. */
    public Optional<float[]> vectorOf(String model, long productId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(
                     "SELECT embedding::text FROM product_embeddings WHERE model = ? AND product_id = ?")) {
            st.setString(1, model);
            st.setLong(2, productId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new PGvector(rs.getString(1)).toArray()) : Optional.empty();
            }
        }
    }

    /**
     * Holds a session-level advisory lock per model until closed, so that two app instances never embed
     * the same model at once (the second waits, then finds little left to do).
     */
    public AutoCloseable lock(String model) throws SQLException {
        Connection c = dataSource.getConnection();
        try (PreparedStatement st = c.prepareStatement("SELECT pg_advisory_lock(hashtext('aisle.embedding'), hashtext(?))")) {
            st.setString(1, model);
            st.execute();
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return () -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT pg_advisory_unlock(hashtext('aisle.embedding'), hashtext(?))")) {
                st.setString(1, model);
                st.execute();
            } finally {
                c.close();
            }
        };
    }
}
