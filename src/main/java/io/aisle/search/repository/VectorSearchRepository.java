package io.aisle.search.repository;

import io.aisle.common.jdbc.ReadTransaction;
import io.aisle.common.jdbc.Sql;
import com.pgvector.PGvector;
import io.aisle.embedding.repository.ModelNames;
import io.aisle.search.model.Candidate;
import io.aisle.search.model.SearchFilters;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Nearest products to a vector under one model, through that model's partial HNSW index (cosine distance).
 * The model name and dimension are written into the SQL so the planner can match the index's predicate and
 * expression. With filters, pgvector's iterative scan keeps walking the graph until enough rows pass them; when
 * the filters leave few products, that walk covers much of the graph (and may stop at
 * {@code hnsw.max_scan_tuples} before it has found them), so those few are compared exactly instead
 * ({@link ExactScanRule} says how few).
 */
@ApplicationScoped
public class VectorSearchRepository {

    private final DataSource dataSource;

    public VectorSearchRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param excludeProductId a product to leave out (the one whose neighbours are asked for), or null
     * @param walkCost         cost of one product walked in the graph, in exact distances ({@link ExactScanRule})
     * @return candidates, nearest first, scored by cosine similarity
     */
    public List<Candidate> nearest(String model, int dimension, float[] vector, SearchFilters filters,
                                   Long excludeProductId, int limit, int efSearch, double walkCost) throws SQLException {
        String name = ModelNames.checked(model);
        int dims = ModelNames.checkedDimension(dimension);
        if (vector.length != dimension) {
            throw new IllegalArgumentException("query vector has " + vector.length + " dimensions; " + model
                    + " has " + dimension);
        }
        String ofModel = " WHERE e.model = '" + name + "' AND vector_dims(e.embedding) = " + dims;
        String distance = "e.embedding::vector(" + dims + ") <=> ?::vector(" + dims + ")";
        PGvector query = new PGvector(vector);
        int ef = Math.max(1, Math.min(1000, Math.max(efSearch, limit)));
        return ReadTransaction.run(dataSource, c -> {
            Long[] few = filters.isEmpty() ? null
                    : fewFiltered(c, filters, ExactScanRule.largestExactScan(limit, catalogProducts(c), walkCost));
            // the few passed the filters already: their vectors need no products row
            Sql sql = new Sql().append("WITH nn AS MATERIALIZED (SELECT e.product_id AS id, " + distance + " AS d "
                    + "FROM product_embeddings e" + (few == null ? " JOIN products p ON p.id = e.product_id" : "")
                    + ofModel, query);
            if (excludeProductId != null) {
                sql.append(" AND e.product_id <> ?", excludeProductId);
            }
            if (few == null) {
                FilterSql.append(sql, filters);
                sql.append(" ORDER BY " + distance + " LIMIT ?)", query, limit);
            } else { // no ORDER BY inside: no index orders the few, each one's distance is computed
                sql.append(" AND e.product_id = ANY (?))", (Object) few);
            }
            sql.append(" SELECT id, 1 - d FROM nn ORDER BY d, id LIMIT ?", limit);
            try (PreparedStatement st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
                List<Candidate> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Candidate(rs.getLong(1), rs.getDouble(2)));
                }
                return out;
            }
        }, "SET LOCAL hnsw.ef_search = " + ef, "SET LOCAL hnsw.iterative_scan = relaxed_order");
    }

    /** The planner's count of products (kept by ANALYZE and autovacuum), or an exact count before the first. */
    private static long catalogProducts(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT reltuples::bigint FROM pg_class WHERE oid = 'products'::regclass")) {
            rs.next();
            long estimate = rs.getLong(1);
            if (estimate >= 0) {
                return estimate;
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM products")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The ids of the products the filters leave, if there are at most {@code max} of them; else null. */
    private static Long[] fewFiltered(Connection c, SearchFilters filters, int max) throws SQLException {
        if (max <= 0) {
            return null;
        }
        Sql probe = new Sql().append("SELECT p.id FROM products p WHERE TRUE");
        FilterSql.append(probe, filters);
        probe.append(" LIMIT ?", max + 1);
        try (PreparedStatement st = probe.prepare(c); ResultSet rs = st.executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids.size() > max ? null : ids.toArray(Long[]::new);
        }
    }
}
