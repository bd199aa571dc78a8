package io.aisle.catalog.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.Set;
import java.util.TreeSet;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Loads the first 3,000 rows of UCI Online Retail. The expected figures were counted from that CSV
 * with a separate script, not with the loader's code.
 */
@QuarkusTest
class DemoStoreLoaderTest {

    static final Path SAMPLE = Path.of("src/test/resources/demo/online-retail-sample.csv.gz");

    @Inject
    DemoStoreLoader loader;

    @Inject
    DataSource dataSource;

    @Test
    void sampleBecomesCatalogOrdersAndPurchaseEventsAndReloadingChangesNothing() throws Exception {
        DemoLoadReport first = loader.load(SAMPLE, true);
        assertEquals(3000, first.rowsRead());
        assertEquals(1912, first.orderLinesLoaded());
        assertEquals(3000 - 1912, first.rowsRejected());
        assertEquals(Map.of("not_a_product", 8L, "non_positive_price", 10L, "missing_customer", 1070L), first.rejected());

        assertEquals("White Hanging Heart T-Light Holder|Home > Candles & Lights|white|2.55",
                text("SELECT title || '|' || category_path || '|' || (attributes->>'colour') || '|' || price"
                        + " FROM products WHERE sku = '85123A'"));
        assertEquals("delivered|139.12|17850|7",
                text("SELECT o.status || '|' || o.total_amount || '|' || c.external_id || '|' || count(l.*)"
                        + " FROM orders o JOIN customers c ON c.id = o.customer_id JOIN order_lines l ON l.order_id = o.id"
                        + " WHERE o.order_number = '536365' GROUP BY o.id, c.id"));
        assertEquals("cancelled|4.65|1", text("SELECT o.status || '|' || o.total_amount || '|' || l.quantity"
                + " FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.order_number = 'C536383'"));
        assertEquals("17850|7|85123A|139.12", text("SELECT customer_id || '|' || cardinality(item_ids) || '|'"
                + " || item_ids[1] || '|' || (payload->>'amount') FROM events WHERE event_id = 'demo-purchase-536365'"));
        String sampleOrders = "SELECT unnest(ARRAY[" + sampleInvoicesWithCustomer() + "])";
        assertEquals(117, count("SELECT count(*) FROM events WHERE event_id IN (SELECT 'demo-purchase-' || i FROM ("
                + sampleOrders + ") AS s(i))"));
        assertEquals("122|5|93", text("SELECT count(*) || '|' || count(*) FILTER (WHERE status = 'cancelled') || '|'"
                + " || count(DISTINCT customer_id) FROM orders WHERE order_number IN (" + sampleOrders + ")"));

        DemoLoadReport again = loader.load(SAMPLE, true);
        assertFalse(again.skipped());
        again.created().forEach((table, created) -> assertEquals(0L, created, table + " rows created by a reload"));

        assertTrue(loader.load(SAMPLE, false).skipped(), "an unforced load of the same file is skipped");
    }

    @Test
    void aFileCutOffMidwayWritesNothingAndIsRecordedAsFailed() throws Exception {
        byte[] whole = Files.readAllBytes(SAMPLE);
        Path truncated = Files.createTempFile("online-retail-truncated", ".csv.gz");
        Files.write(truncated, Arrays.copyOf(whole, whole.length * 2 / 3));
        long linesBefore = count("SELECT count(*) FROM order_lines");
        long productsBefore = count("SELECT count(*) FROM products");

        assertThrows(IOException.class, () -> loader.load(truncated, true));

        assertEquals(linesBefore, count("SELECT count(*) FROM order_lines"));
        assertEquals(productsBefore, count("SELECT count(*) FROM products"));
        assertEquals("failed", text("SELECT status FROM import_runs WHERE kind = 'demo-store' ORDER BY id DESC LIMIT 1"));
    }

    @Test
    void aFileThatIsNotOnlineRetailIsRefused() throws Exception {
        Path other = Files.createTempFile("not-online-retail", ".csv.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(other))) {
            out.write("sku,title,price\nA1,Lamp,3.50\n".getBytes(StandardCharsets.UTF_8));
        }
        var refused = assertThrows(IllegalArgumentException.class, () -> loader.load(other, true));
        assertTrue(refused.getMessage().contains("unexpected header"), refused.getMessage());
    }

    /** Other tests load more of the dataset into the same database, so counts are kept to the sample's invoices. */
    private static String sampleInvoicesWithCustomer() throws IOException {
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        Set<String> invoices = new TreeSet<>();
        try (var in = new GZIPInputStream(Files.newInputStream(SAMPLE));
             MappingIterator<String[]> rows = csv.readerFor(String[].class).readValues(in)) {
            rows.nextValue();
            while (rows.hasNextValue()) {
                String[] row = rows.nextValue();
                if (!row[6].isEmpty()) {
                    invoices.add("'" + row[0] + "'");
                }
            }
        }
        return String.join(",", invoices);
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next(), "a row for: " + sql);
            return rs.getString(1);
        }
    }
}
