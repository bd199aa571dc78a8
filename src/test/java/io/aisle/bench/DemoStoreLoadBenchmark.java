package io.aisle.bench;

import static io.aisle.bench.BenchmarkReport.count;
import static io.aisle.bench.BenchmarkReport.rate;
import static io.aisle.bench.BenchmarkReport.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.aisle.catalog.demo.DemoLoadReport;
import io.aisle.catalog.demo.DemoStoreLoader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Loading the full UCI Online Retail demo store into empty tables, then again (which must change nothing). */
@QuarkusTest
@Tag("benchmark")
class DemoStoreLoadBenchmark {

    static final Path DATASET = Path.of("db/demo/online-retail.csv.gz");
    static final long DATASET_ROWS = 541_909;

    @Inject
    DataSource dataSource;

    @Inject
    DemoStoreLoader loader;

    record Timed(DemoLoadReport report, double seconds) {
        double rowsPerSecond() {
            return report.rowsRead() / seconds;
        }
    }

    @Test
    void fullDatasetThenIdempotentReload() throws Exception {
        BenchmarkReport section = BenchmarkReport.start("demo-store-load",
                "Demo store load: UCI Online Retail (541,909 rows)", getClass(), "");
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement()) {
            st.execute("TRUNCATE order_lines, orders, customers, products, events, import_runs CASCADE");
        }

        Timed first = timed();
        Timed again = timed();

        assertFalse(first.report().skipped());
        assertFalse(again.report().skipped(), "force=true loads even a file loaded before");
        assertEquals(DATASET_ROWS, first.report().rowsRead(), "rows read");
        assertEquals(first.report().rowsRead(), again.report().rowsRead());
        again.report().created().forEach((table, n) ->
                assertEquals(0L, n, "the re-load created rows in " + table));

        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("seconds", seconds(first.seconds()), seconds(again.seconds())));
        rows.add(List.of("rows read/s", rate(first.rowsPerSecond()), rate(again.rowsPerSecond())));
        rows.add(List.of("rows read", count(first.report().rowsRead()), count(again.report().rowsRead())));
        rows.add(List.of("order lines", count(first.report().orderLinesLoaded()),
                count(again.report().orderLinesLoaded())));
        rows.add(List.of("rejected rows", count(first.report().rowsRejected()), count(again.report().rowsRejected())));
        for (String reason : keys(first.report().rejected(), again.report().rejected())) {
            rows.add(List.of("rejected: " + reason, get(first.report().rejected(), reason),
                    get(again.report().rejected(), reason)));
        }
        for (String table : keys(first.report().created(), again.report().created())) {
            rows.add(List.of("created: " + table, get(first.report().created(), table),
                    get(again.report().created(), table)));
        }

        section.paragraph("`DemoStoreLoader.load(Path.of(\"" + DATASET + "\"), true)` into emptied demo tables "
                        + "(`TRUNCATE order_lines, orders, customers, products, events, import_runs CASCADE`), then the "
                        + "same call again: the idempotent re-load must create nothing. Each load is one transaction "
                        + "(COPY into a staging table, then set-based inserts). Rows/s = dataset rows read / wall time "
                        + "of the call.")
                .table(List.of("", "first load", "re-load (force)"), rows)
                .write(dataSource);
    }

    private Timed timed() throws Exception {
        long started = System.nanoTime();
        DemoLoadReport report = loader.load(DATASET, true);
        return new Timed(report, (System.nanoTime() - started) / 1e9);
    }

    private static Set<String> keys(Map<String, Long> a, Map<String, Long> b) {
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static String get(Map<String, Long> counts, String key) {
        Long n = counts.get(key);
        return n == null ? "–" : count(n);
    }
}
