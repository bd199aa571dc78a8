package io.aisle.common.jdbc;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/** Writes rows for {@code COPY ... FROM STDIN (FORMAT csv)}: null as an empty unquoted field, text always quoted. */
public final class CopyCsv {

    private CopyCsv() {
    }

    public static void row(Writer out, Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            Object value = values[i];
            if (value == null) {
                continue;
            }
            if (value instanceof BigDecimal decimal) {
                out.write(decimal.toPlainString());
            } else if (value instanceof Number) {
                out.write(value.toString());
            } else {
                // quoted, so an empty string stays an empty string instead of turning into NULL
                out.write('"');
                out.write(value.toString().replace("\"", "\"\""));
                out.write('"');
            }
        }
        out.write('\n');
    }
}
