package io.aisle.catalog.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.catalog.repository.ImportRunRepository;
import io.aisle.catalog.repository.ProductWriteRepository;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Loads the demo store (UCI Online Retail) in one database transaction: all of it or nothing.
 * A file whose content was loaded before is skipped unless forced; forcing is harmless too.
 */
@ApplicationScoped
public class DemoStoreLoader {

    static final String KIND = "demo-store";

    private final DataSource dataSource;
    private final ImportRunRepository runs;
    private final ProductWriteRepository products;
    private final ObjectMapper mapper;
    private final DemoStoreConfig config;

    public DemoStoreLoader(DataSource dataSource, ImportRunRepository runs, ProductWriteRepository products,
                           ObjectMapper mapper, DemoStoreConfig config) {
        this.dataSource = dataSource;
        this.runs = runs;
        this.products = products;
        this.mapper = mapper;
        this.config = config;
    }

    public DemoLoadReport load(boolean force) throws IOException, SQLException {
        return load(config.file(), force);
    }

    /** Loads a copy of the dataset from elsewhere (a fresh download from UCI, a test sample). */
    public synchronized DemoLoadReport load(Path file, boolean force) throws IOException, SQLException {
        long started = System.nanoTime();
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("demo data not found at " + file.toAbsolutePath() + " (aisle.demo.file)");
        }
        String sha256 = sha256(file);
        if (!force && runs.lastSucceeded(KIND, sha256).isPresent()) {
            Log.infof("demo store: %s already loaded (sha256 %s); skipping", file.getFileName(), sha256.substring(0, 12));
            return new DemoLoadReport(true, sha256, 0, 0, 0, Map.of(), Map.of(), seconds(started));
        }
        CategoryRules categories = CategoryRules.load(config.categories());
        long runId = runs.start(KIND, file.getFileName().toString(), sha256);
        try {
            DemoLoadReport report = loadInOneTransaction(file, sha256, categories, started);
            runs.finish(runId, true, report.rowsRead(), report.orderLinesLoaded(), report.rowsRejected(),
                    mapper.writeValueAsString(report));
            Log.infof("demo store loaded in %.1f s: %d rows read, %d order lines, %d rejected %s, created %s",
                    report.seconds(), report.rowsRead(), report.orderLinesLoaded(), report.rowsRejected(),
                    report.rejected(), report.created());
            return report;
        } catch (IOException | SQLException | RuntimeException e) {
            runs.finish(runId, false, 0, 0, 0, mapper.writeValueAsString(Map.of("error", String.valueOf(e.getMessage()))));
            throw e;
        }
    }

    private DemoLoadReport loadInOneTransaction(Path file, String sha256, CategoryRules categories, long started)
            throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                DemoLineStager.Staged staged = DemoLineStager.stage(connection, file);
                Map<String, Long> created = new DemoStoreWriter(products, mapper, categories).write(connection);
                connection.commit();
                Map<String, Long> rejected = new LinkedHashMap<>();
                staged.rejected().forEach((reason, count) -> rejected.put(reason.code(), count));
                long rejectedRows = staged.rowsRead() - staged.orderLines();
                return new DemoLoadReport(false, sha256, staged.rowsRead(), staged.orderLines(), rejectedRows,
                        rejected, created, seconds(started));
            } catch (IOException | SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
