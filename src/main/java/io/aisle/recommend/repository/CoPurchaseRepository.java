package io.aisle.recommend.repository;

import io.aisle.common.jdbc.ReadTransaction;
import io.aisle.common.jdbc.Sql;
import io.aisle.search.model.SearchFilters;
import io.aisle.search.repository.FilterSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Products bought together with a product, from the purchase events: cosine of co-occurrence,
 * baskets with both / sqrt(baskets with one x baskets with the other).
 */
@ApplicationScoped
public class CoPurchaseRepository {

    private final DataSource dataSource;

    public CoPurchaseRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<ItemVectorRepository.ScoredItem> boughtWith(String sku, SearchFilters filters, int limit)
            throws SQLException {
        Sql sql = new Sql().append("WITH baskets AS (SELECT e.item_ids FROM events e WHERE e.type = 'purchase'"
                + " AND e.item_ids @> ARRAY[?]::text[]),"
                + " together AS (SELECT o.sku, count(*) AS n FROM baskets b CROSS JOIN LATERAL unnest(b.item_ids) AS o(sku)"
                + " WHERE o.sku <> ? GROUP BY o.sku)"
                + " SELECT p.id, t.n / sqrt((SELECT count(*) FROM baskets)::float8 * (SELECT count(*) FROM events x"
                + " WHERE x.type = 'purchase' AND x.item_ids @> ARRAY[t.sku])) AS cosine"
                + " FROM together t JOIN products p ON p.sku = t.sku WHERE true", sku, sku);
        FilterSql.append(sql, filters);
        sql.append(" ORDER BY cosine DESC, p.id LIMIT ?", limit);
        return ReadTransaction.run(dataSource, c -> {
            try (PreparedStatement st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
                List<ItemVectorRepository.ScoredItem> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new ItemVectorRepository.ScoredItem(rs.getLong(1), rs.getDouble(2)));
                }
                return out;
            }
        });
    }
}
