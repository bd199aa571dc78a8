package io.aisle.common.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** SQL text with its parameters, built in step so that each fragment's placeholders stay next to their values. */
public final class Sql {

    private final StringBuilder text = new StringBuilder(512);
    private final List<Object> params = new ArrayList<>();

    public Sql append(String sql, Object... values) {
        text.append(sql);
        params.addAll(List.of(values));
        return this;
    }

    public String text() {
        return text.toString();
    }

    public PreparedStatement prepare(Connection connection) throws SQLException {
        return prepareWithText(connection, text.toString());
    }

    /** Prepares other SQL text (e.g. this one wrapped in an outer query) with this one's parameters. */
    public PreparedStatement prepareWithText(Connection connection, String sql) throws SQLException {
        PreparedStatement st = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.size(); i++) {
                Object value = params.get(i);
                if (value instanceof String[] strings) {
                    st.setArray(i + 1, connection.createArrayOf("text", strings));
                } else if (value instanceof Long[] longs) {
                    st.setArray(i + 1, connection.createArrayOf("bigint", longs));
                } else if (value instanceof BigDecimal[] decimals) {
                    st.setArray(i + 1, connection.createArrayOf("numeric", decimals));
                } else {
                    st.setObject(i + 1, value);
                }
            }
            return st;
        } catch (SQLException | RuntimeException e) {
            st.close();
            throw e;
        }
    }

    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
