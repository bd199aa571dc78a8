package io.aisle.recommend.repository;

import io.aisle.common.jdbc.ReadTransaction;
import io.aisle.common.jdbc.Sql;
import io.aisle.search.model.SearchFilters;
import io.aisle.search.repository.FilterSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Products by how often they were interacted with since a moment, within filters. */
@ApplicationScoped
public class TrendingRepository {

    public record Count(long productId, long interactions) {
    }

    private final DataSource dataSource;

    public TrendingRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** When the newest interaction of these types happened; empty when there is none. */
    public Optional<Instant> newest(List<String> eventTypes) throws SQLException {
        return ReadTransaction.run(dataSource, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT max(occurred_at) FROM events WHERE type = ANY (?)")) {
                st.setArray(1, c.createArrayOf("text", eventTypes.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    Timestamp newest = rs.getTimestamp(1);
                    return Optional.ofNullable(newest == null ? null : newest.toInstant());
                }
            }
        });
    }

    /** @param since only interactions after it count; null counts all */
    public List<Count> mostInteracted(List<String> eventTypes, Instant since, SearchFilters filters,
                                      Collection<Long> excludedProductIds, int limit) throws SQLException {
        Sql sql = new Sql().append("SELECT p.id, count(*) AS n FROM events e"
                + " CROSS JOIN LATERAL unnest(e.item_ids) AS i(sku) JOIN products p ON p.sku = i.sku"
                + " WHERE e.type = ANY (?)", (Object) eventTypes.toArray(String[]::new));
        if (since != null) {
            sql.append(" AND e.occurred_at > ?", Timestamp.from(since));
        }
        FilterSql.append(sql, filters);
        if (!excludedProductIds.isEmpty()) {
            sql.append(" AND p.id <> ALL (?)", (Object) excludedProductIds.toArray(Long[]::new));
        }
        sql.append(" GROUP BY p.id ORDER BY n DESC, p.id LIMIT ?", limit);
        return ReadTransaction.run(dataSource, c -> {
            try (PreparedStatement st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
                List<Count> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Count(rs.getLong(1), rs.getLong(2)));
                }
                return out;
            }
        });
    }
}
