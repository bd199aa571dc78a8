package io.aisle.search.repository;

import io.aisle.common.jdbc.Sql;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.catalog.mapping.ProductView;
import io.aisle.search.model.Facets;
import io.aisle.search.model.SearchFilters;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/** Reads for search results: products by id, facets over a result set, and filtered listings without a query. */
@ApplicationScoped
public class SearchProductRepository {

    private static final String VIEW_COLUMNS = "p.id, p.sku, p.title, p.description, p.category_path, p.attributes::text,"
            + " p.price, p.currency, p.stock, p.updated_at";
    /** ts_stat counts in C what a split in SQL would take seconds for on a large catalog; 'simple' keeps words unstemmed. */
    private static final String WORD_COUNTS = """
            SELECT word, ndoc FROM ts_stat($$
                SELECT to_tsvector('simple', p.title || ' ' || replace(p.category_path, '>', ' ') || ' '
                                             || coalesce(p.description, ''))
                       || jsonb_to_tsvector('simple', p.attributes, '["string"]')
                FROM products p$$)
            WHERE word ~ '^[[:alpha:]]{3,}$'""";
    private static final String COMMON_LEXEMES = """
            SELECT word FROM ts_stat('SELECT search_tsv FROM products') WHERE ndoc > ?""";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final ObjectMapper mapper;

    public SearchProductRepository(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /** A product of the catalog with its id, for the similar-products lookup. */
    public record IdentifiedProduct(long id, ProductView view) {
    }

    public Optional<IdentifiedProduct> findBySku(String sku) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT " + VIEW_COLUMNS + " FROM products p WHERE p.sku = ?")) {
            st.setString(1, sku);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new IdentifiedProduct(rs.getLong(1), view(rs))) : Optional.empty();
            }
        }
    }

    /** Products by id (ids not found are left out). */
    public Map<Long, ProductView> views(Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Sql sql = new Sql().append("SELECT " + VIEW_COLUMNS + " FROM products p WHERE p.id = ANY (?)",
                (Object) ids.toArray(Long[]::new));
        try (Connection c = dataSource.getConnection(); PreparedStatement st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
            Map<Long, ProductView> out = new HashMap<>();
            while (rs.next()) {
                out.put(rs.getLong(1), view(rs));
            }
            return out;
        }
    }

    /** Facets over the given products. */
    public Facets facets(Collection<Long> ids, List<BigDecimal> priceEdges) throws SQLException {
        if (ids.isEmpty()) {
            return Facets.EMPTY;
        }
        Sql sql = new Sql().append("SELECT p.category_path, width_bucket(p.price, ?::numeric[]) AS bucket FROM products p"
                + " WHERE p.id = ANY (?)", priceEdges.toArray(BigDecimal[]::new), ids.toArray(Long[]::new));
        return facets(sql, priceEdges);
    }

    /** Facets over every product that passes the filters. */
    public Facets facets(SearchFilters filters, List<BigDecimal> priceEdges) throws SQLException {
        Sql sql = new Sql().append("SELECT p.category_path, width_bucket(p.price, ?::numeric[]) AS bucket FROM products p"
                + " WHERE true", (Object) priceEdges.toArray(BigDecimal[]::new));
        FilterSql.append(sql, filters);
        return facets(sql, priceEdges);
    }

    /** One page of the products that pass the filters, by title, for a search without words. */
    public List<Long> list(SearchFilters filters, int offset, int limit) throws SQLException {
        Sql sql = new Sql().append("SELECT p.id FROM products p WHERE true");
        FilterSql.append(sql, filters);
        sql.append(" ORDER BY p.title, p.id LIMIT ? OFFSET ?", limit, offset);
        try (Connection c = dataSource.getConnection(); PreparedStatement st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        }
    }

    /** Every category path in the catalog. */
    public List<String> categoryPaths() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT DISTINCT category_path FROM products WHERE category_path <> ''");
             ResultSet rs = st.executeQuery()) {
            List<String> paths = new ArrayList<>();
            while (rs.next()) {
                paths.add(rs.getString(1));
            }
            return paths;
        }
    }

    /** The full-text lexemes (as the search index has them) in more than {@code products} products. */
    public Set<String> commonLexemes(int products) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(COMMON_LEXEMES)) {
            st.setInt(1, products);
            try (ResultSet rs = st.executeQuery()) {
                Set<String> lexemes = new HashSet<>();
                while (rs.next()) {
                    lexemes.add(rs.getString(1));
                }
                return lexemes;
            }
        }
    }

    /** Every word of 3 letters or more in the products' texts, with the number of products that have it. */
    public Map<String, Integer> wordCounts() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(WORD_COUNTS);
             ResultSet rs = st.executeQuery()) {
            Map<String, Integer> counts = new HashMap<>();
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
            return counts;
        }
    }

    private Facets facets(Sql inner, List<BigDecimal> edges) throws SQLException {
        String sql = "SELECT GROUPING(category_path), category_path, bucket, count(*) FROM (" + inner.text()
                + ") AS r GROUP BY GROUPING SETS ((category_path), (bucket))";
        Map<String, Long> byCategory = new HashMap<>();
        long[] byBucket = new long[edges.size() + 1];
        try (Connection c = dataSource.getConnection(); PreparedStatement st = inner.prepareWithText(c, sql);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                if (rs.getInt(1) == 0) {
                    String path = rs.getString(2);
                    long count = rs.getLong(4);
                    // a result counts for its category and every category above it
                    String[] levels = path.split(" > ");
                    StringBuilder prefix = new StringBuilder();
                    for (String level : levels) {
                        prefix.append(prefix.isEmpty() ? "" : " > ").append(level);
                        byCategory.merge(prefix.toString(), count, Long::sum);
                    }
                } else {
                    byBucket[rs.getInt(3)] += rs.getLong(4);
                }
            }
        }
        List<Facets.CategoryCount> categories = byCategory.entrySet().stream()
                .filter(e -> !e.getKey().isEmpty())
                .map(e -> new Facets.CategoryCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Facets.CategoryCount::count).reversed()
                        .thenComparing(Facets.CategoryCount::category))
                .toList();
        List<Facets.PriceBucket> prices = new ArrayList<>();
        for (int b = 0; b < byBucket.length; b++) {
            if (byBucket[b] > 0) {
                prices.add(new Facets.PriceBucket(b == 0 ? BigDecimal.ZERO : edges.get(b - 1),
                        b < edges.size() ? edges.get(b) : null, byBucket[b]));
            }
        }
        return new Facets(categories, prices);
    }

    private ProductView view(ResultSet rs) throws SQLException {
        int stock = rs.getInt(9);
        return new ProductView(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                attributes(rs.getString(6)), rs.getBigDecimal(7), rs.getString(8), stock, stock > 0,
                rs.getObject(10, OffsetDateTime.class));
    }

    private Map<String, Object> attributes(String json) {
        if (json == null) {
            return new LinkedHashMap<>();
        }
        try {
            return mapper.readValue(json, MAP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
