package io.aisle.recommend.bench;

import com.pgvector.PGvector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * recall@10 of the item table's HNSW index (inner product) against an exact scan of the same rows, for stored
 * customer vectors, at several ef_search values, with the SQL round-trip time of each.
 */
final class ItemHnswRecall {

    static final int[] EF = {10, 20, 40, 100};

    record Result(int queries, double[] recall, double[] meanMs, double exactMeanMs, String plan) {
    }

    private ItemHnswRecall() {
    }

    static Result measure(DataSource dataSource, long versionId, int dimension, List<String> customers)
            throws SQLException {
        String cast = "::vector(" + dimension + ")";
        String knn = "SELECT product_id FROM rec_item_vectors WHERE model_version_id = " + versionId
                + " ORDER BY embedding" + cast + " <#> ?" + cast + " LIMIT 10";
        try (Connection c = dataSource.getConnection()) {
            List<PGvector> queries = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT embedding::text FROM rec_customer_vectors"
                    + " WHERE model_version_id = ? AND customer_id = ANY (?)")) {
                st.setLong(1, versionId);
                st.setArray(2, c.createArrayOf("text", customers.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        queries.add(new PGvector(rs.getString(1)));
                    }
                }
            }
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("SET LOCAL enable_indexscan = off");
                List<Set<Long>> exact = new ArrayList<>();
                long t0 = System.nanoTime();
                for (PGvector q : queries) {
                    exact.add(new HashSet<>(ids(c, knn, q)));
                }
                double exactMs = (System.nanoTime() - t0) / 1e6 / queries.size();
                st.execute("SET LOCAL enable_indexscan = on");
                String plan = plan(c, knn, queries.get(0));
                double[] recall = new double[EF.length];
                double[] ms = new double[EF.length];
                for (int e = 0; e < EF.length; e++) {
                    st.execute("SET LOCAL hnsw.ef_search = " + EF[e]);
                    long found = 0;
                    long t1 = System.nanoTime();
                    for (int i = 0; i < queries.size(); i++) {
                        found += ids(c, knn, queries.get(i)).stream().filter(exact.get(i)::contains).count();
                    }
                    ms[e] = (System.nanoTime() - t1) / 1e6 / queries.size();
                    recall[e] = found / (10.0 * queries.size());
                }
                return new Result(queries.size(), recall, ms, exactMs, plan);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private static List<Long> ids(Connection c, String sql, PGvector q) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, q);
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        }
    }

    private static String plan(Connection c, String sql, PGvector q) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("EXPLAIN " + sql)) {
            st.setObject(1, q);
            try (ResultSet rs = st.executeQuery()) {
                StringBuilder plan = new StringBuilder();
                while (rs.next()) {
                    plan.append(rs.getString(1).strip()).append("; ");
                }
                return plan.toString().replaceAll("'\\[[^]]*]'", "'[…]'"); // the query vector itself says nothing
            }
        }
    }
}
