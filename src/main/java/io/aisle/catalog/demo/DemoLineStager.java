package io.aisle.catalog.demo;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.aisle.common.jdbc.CopyCsv;
import io.quarkus.logging.Log;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams the gzipped dataset row by row into a temporary table with COPY: nothing is held in
 * memory but the current row, and the rows that cannot be sales are counted by reason.
 */
final class DemoLineStager {

    static final String TABLE = "demo_lines";
    private static final int PROGRESS_EVERY = 100_000;

    record Staged(long rowsRead, long rowsStaged, long orderLines, Map<RetailLine.Rejection, Long> rejected) {
    }

    private DemoLineStager() {
    }

    static Staged stage(Connection connection, Path gzCsv) throws SQLException, IOException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TEMP TABLE " + TABLE + " (file_line bigint, invoice text, sku text, description text,"
                    + " quantity int, invoice_date timestamp, unit_price numeric, customer text, country text)"
                    + " ON COMMIT DROP");
        }
        Map<RetailLine.Rejection, Long> rejected = new EnumMap<>(RetailLine.Rejection.class);
        long read = 0;
        long staged = 0;
        String copy = "COPY " + TABLE + " FROM STDIN (FORMAT csv)";
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzCsv), 1 << 16);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             MappingIterator<String[]> rows = csv.readerFor(String[].class).readValues(reader);
             Writer out = new BufferedWriter(new OutputStreamWriter(
                     new PGCopyOutputStream(connection.unwrap(PGConnection.class), copy, 1 << 16),
                     StandardCharsets.UTF_8), 1 << 16)) {
            if (!rows.hasNextValue() || !RetailLine.isExpectedHeader(rows.nextValue())) {
                throw new IllegalArgumentException(gzCsv + " is not UCI Online Retail (unexpected header)");
            }
            while (rows.hasNextValue()) {
                read++;
                RetailLine.Parsed parsed = RetailLine.parse(rows.nextValue(), read + 1);
                if (parsed.rejection() != null) {
                    rejected.merge(parsed.rejection(), 1L, Long::sum);
                }
                if (parsed.line() != null) {
                    RetailLine l = parsed.line();
                    CopyCsv.row(out, l.fileLine(), l.invoiceNo(), l.stockCode(), l.description(), l.quantity(),
                            l.invoiceDate().toString(), l.unitPrice(), l.customerId(), l.country());
                    staged++;
                }
                if (read % PROGRESS_EVERY == 0) {
                    Log.infof("demo store: %d rows read, %d staged", read, staged);
                }
            }
        }
        long orderLines = staged - rejected.getOrDefault(RetailLine.Rejection.MISSING_CUSTOMER, 0L);
        Log.infof("demo store: %d rows read, %d staged, %d usable as order lines", read, staged, orderLines);
        return new Staged(read, staged, orderLines, rejected);
    }
}
