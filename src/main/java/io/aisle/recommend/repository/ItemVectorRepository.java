package io.aisle.recommend.repository;

import com.pgvector.PGvector;
import io.aisle.common.jdbc.ReadTransaction;
import io.aisle.common.jdbc.Sql;
import io.aisle.search.model.SearchFilters;
import io.aisle.search.repository.FilterSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Nearest items to a customer (or item) vector by inner product, through the version's partial HNSW index.
 * The version id and dimension are written into the SQL so that the planner matches the index's predicate and
 * expression; filters and exclusions apply inside the query, and pgvector's iterative scan keeps walking the
 * graph until enough rows pass them.
 */
@ApplicationScoped
public class ItemVectorRepository {

    /** A product and its score (the inner product with the query vector). */
    public record ScoredItem(long productId, double score) {
    }

    private final DataSource dataSource;

    public ItemVectorRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static String indexName(long versionId) {
        return "rec_item_hnsw_" + versionId;
    }

    /**
     * @param popularityPenalty weight of the diversity re-ranking: the nearest {@code 4 x limit} items are re-scored
     *                          as inner product − weight · ln(1 + training interactions); 0 keeps the plain order
     */
    public List<ScoredItem> nearest(long versionId, int dimension, float[] vector, SearchFilters filters,
                                    Collection<Long> excludedProductIds, int limit, int efSearch,
                                    double popularityPenalty) throws SQLException {
        if (vector.length != dimension) {
            throw new IllegalArgumentException("vector has " + vector.length + " dimensions; the model has " + dimension);
        }
        String cast = "::vector(" + dimension + ")";
        PGvector query = new PGvector(vector);
        int fetch = popularityPenalty > 0 ? 4 * limit : limit;
        Sql sql = new Sql().append("WITH nn AS MATERIALIZED (SELECT v.product_id AS id, v.interactions AS n, v.embedding"
                + cast + " <#> ?"
                + cast + " AS d FROM rec_item_vectors v JOIN products p ON p.id = v.product_id"
                + " WHERE v.model_version_id = " + versionId, query);
        FilterSql.append(sql, filters);
        if (!excludedProductIds.isEmpty()) {
            sql.append(" AND v.product_id <> ALL (?)", (Object) excludedProductIds.toArray(Long[]::new));
        }
        sql.append(" ORDER BY v.embedding" + cast + " <#> ?" + cast + " LIMIT ?)"
                + " SELECT id, -d - ? * ln(1 + n) AS score FROM nn ORDER BY score DESC, id LIMIT ?",
                query, fetch, popularityPenalty, limit);
        int ef = Math.max(1, Math.min(1000, Math.max(efSearch, fetch)));
        return ReadTransaction.run(dataSource, c -> {
            try (PreparedStatement st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
                List<ScoredItem> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new ScoredItem(rs.getLong(1), rs.getDouble(2)));
                }
                return out;
            }
        }, "SET LOCAL hnsw.ef_search = " + ef, "SET LOCAL hnsw.iterative_scan = relaxed_order");
    }

    /** The item vector of a product under a version, or null when the version does not know the product. */
    public float[] itemVector(long versionId, long productId) throws SQLException {
        return ReadTransaction.run(dataSource, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT embedding::text FROM rec_item_vectors"
                    + " WHERE model_version_id = ? AND product_id = ?")) {
                st.setLong(1, versionId);
                st.setLong(2, productId);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? new PGvector(rs.getString(1)).toArray() : null;
                }
            }
        });
    }
}
