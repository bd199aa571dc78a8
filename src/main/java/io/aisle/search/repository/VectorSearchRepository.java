package io.aisle.search.repository;

import io.aisle.common.jdbc.ReadTransaction;
import io.aisle.common.jdbc.Sql;
import com.pgvector.PGvector;
import io.aisle.embedding.repository.ModelNames;
import io.aisle.search.model.Candidate;
import io.aisle.search.model.SearchFilters;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Nearest products to a vector under one model, through that model's partial HNSW index (cosine distance).
 * The model name and dimension are written into the SQL so the planner can match the index's predicate and
 * expression. With filters, pgvector's iterative scan keeps walking the graph until enough rows pass them.
 */
@ApplicationScoped
public class VectorSearchRepository {

    private final DataSource dataSource;

    public VectorSearchRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param excludeProductId a product to leave out (the one whose neighbours are asked for), or null
     * @return candidates, nearest first, scored by cosine similarity
     */
    public List<Candidate> nearest(String model, int dimension, float[] vector, SearchFilters filters,
                                   Long excludeProductId, int limit, int efSearch) throws SQLException {
        String name = ModelNames.checked(model);
        int dims = ModelNames.checkedDimension(dimension);
        String cast = "::vector(" + dims + ")";
        if (vector.length != dimension) {
            throw new IllegalArgumentException("query vector has " + vector.length + " dimensions; " + model
                    + " has " + dimension);
        }
        PGvector query = new PGvector(vector);
        Sql sql = new Sql().append("WITH nn AS MATERIALIZED (SELECT e.product_id AS id, e.embedding" + cast + " <=> ?"
                + cast + " AS d FROM product_embeddings e JOIN products p ON p.id = e.product_id WHERE e.model = '"
                + name + "' AND vector_dims(e.embedding) = " + dims, query);
        FilterSql.append(sql, filters);
        if (excludeProductId != null) {
            sql.append(" AND e.product_id <> ?", excludeProductId);
        }
        sql.append(" ORDER BY e.embedding" + cast + " <=> ?" + cast + " LIMIT ?)"
                + " SELECT id, 1 - d FROM nn ORDER BY d, id", query, limit);
        int ef = Math.max(1, Math.min(1000, Math.max(efSearch, limit)));
        return ReadTransaction.run(dataSource, c -> {
            try (PreparedStatement st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
                List<Candidate> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Candidate(rs.getLong(1), rs.getDouble(2)));
                }
                return out;
            }
        }, "SET LOCAL hnsw.ef_search = " + ef, "SET LOCAL hnsw.iterative_scan = relaxed_order");
    }
}
