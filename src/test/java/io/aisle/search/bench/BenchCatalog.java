package io.aisle.search.bench;

import io.aisle.catalog.demo.DemoLoadReport;
import io.aisle.catalog.demo.DemoStoreLoader;
import io.aisle.embedding.TextEmbedder;
import io.aisle.embedding.service.CatalogEmbeddingService;
import io.aisle.embedding.service.EmbeddingReport;
import io.quarkus.logging.Log;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The catalog the search benchmarks run on: the full demo store (3,922 products), embedded. */
final class BenchCatalog {

    static final Path DATASET = Path.of("db/demo/online-retail.csv.gz");
    static final int DEMO_PRODUCTS = 3_922;
    /** Skus of the products {@link SearchPerformanceBenchmark} adds to reach 100,000+; removed again after it. */
    static final String REPLICA_PREFIX = "benchrep-";
    /** Skus of a WANDS catalog imported by {@link WandsDataset}. */
    static final String WANDS_PREFIX = "wands-";

    private BenchCatalog() {
    }

    /**
     * Loads the demo store unless it is loaded, and removes products other benchmarks added (replicas, WANDS).
     *
     * @return the number of products in the catalog
     */
    static long demo(DataSource dataSource, DemoStoreLoader loader) throws Exception {
        removeSkus(dataSource, REPLICA_PREFIX);
        removeSkus(dataSource, WANDS_PREFIX);
        DemoLoadReport report = loader.load(DATASET, false);
        long n = count(dataSource, "SELECT count(*) FROM products");
        Log.infof("bench catalog: demo store %s, %d products", report.skipped() ? "already loaded" : "loaded", n);
        return n;
    }

    /** Removes the products whose sku starts with the prefix (their vectors go with them). */
    static long removeSkus(DataSource dataSource, String prefix) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("DELETE FROM products WHERE sku LIKE ?")) {
            st.setString(1, prefix + "%");
            int n = st.executeUpdate();
            if (n > 0) {
                Log.infof("bench catalog: removed %d products %s*", n, prefix);
                try (Statement vacuum = c.createStatement()) {
                    vacuum.execute("VACUUM ANALYZE products");
                    vacuum.execute("VACUUM ANALYZE product_embeddings"); // quick when the vectors were truncated first
                }
            }
            return n;
        }
    }

    /** Brings every product's vector for each model up to date; the reports say how many were embedded and how fast. */
    static Map<String, EmbeddingReport> embed(CatalogEmbeddingService embedding, List<TextEmbedder> models) {
        Map<String, EmbeddingReport> out = new LinkedHashMap<>();
        for (TextEmbedder model : models) {
            out.put(model.modelName(), embedding.sync(model, false));
        }
        return out;
    }

    static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Title, category, attributes and price of products by sku (for the judging pool). */
    record ProductInfo(String sku, String title, String category, String attributes, String price) {
    }

    static Map<String, ProductInfo> products(DataSource dataSource) throws SQLException {
        Map<String, ProductInfo> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT sku, title, category_path, attributes::text, price::text FROM products")) {
            while (rs.next()) {
                out.put(rs.getString(1), new ProductInfo(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)));
            }
        }
        return out;
    }
}
