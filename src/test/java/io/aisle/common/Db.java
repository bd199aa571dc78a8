package io.aisle.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** Plain JDBC reads for tests that check what was actually written, not what the API says. */
public final class Db {

    private Db() {
    }

    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    public static long count(DataSource dataSource, String sql, Object... params) {
        return one(dataSource, sql, rs -> rs.getLong(1), params).orElseThrow();
    }

    /** The first row of the query, read by {@code reader}; empty when there is none. */
    public static <T> Optional<T> one(DataSource dataSource, String sql, RowReader<T> reader, Object... params) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, params);
             ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Optional.of(reader.read(rs)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs a statement; the SQLException, if any, is the caller's to inspect. */
    public static int execute(DataSource dataSource, String sql, Object... params) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }
}
