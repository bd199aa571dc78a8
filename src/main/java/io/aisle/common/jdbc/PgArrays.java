package io.aisle.common.jdbc;

import java.util.List;

/** PostgreSQL array literals, for passing one array per row inside a text[] parameter. */
public final class PgArrays {

    private PgArrays() {
    }

    /** {@code ["a", "b\"c"]} becomes {@code {"a","b\"c"}}: every element quoted, quotes and backslashes escaped. */
    public static String textLiteral(List<String> values) {
        StringBuilder out = new StringBuilder(2 + values.size() * 12).append('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"');
            String value = values.get(i);
            for (int c = 0; c < value.length(); c++) {
                char ch = value.charAt(c);
                if (ch == '"' || ch == '\\') {
                    out.append('\\');
                }
                out.append(ch);
            }
            out.append('"');
        }
        return out.append('}').toString();
    }
}
