package io.aisle.common.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Runs reads in a short transaction of their own, so that {@code SET LOCAL} settings apply to them alone. */
public final class ReadTransaction {

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private ReadTransaction() {
    }

    /** @param settings statements like {@code SET LOCAL hnsw.ef_search = 100}, built from checked values only */
    public static <T> T run(DataSource dataSource, Work<T> work, String... settings) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean own = c.getAutoCommit(); // false when the caller's JTA transaction already holds this connection
            if (own) {
                c.setAutoCommit(false);
            }
            try {
                try (Statement st = c.createStatement()) {
                    for (String setting : settings) {
                        st.execute(setting);
                    }
                }
                T result = work.run(c);
                if (own) {
                    c.commit();
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                if (own) {
                    c.rollback();
                }
                throw e;
            } finally {
                if (own) {
                    c.setAutoCommit(true);
                }
            }
        }
    }
}
