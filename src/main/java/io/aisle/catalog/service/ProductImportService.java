package io.aisle.catalog.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.catalog.config.CatalogConfig;
import io.aisle.catalog.importer.ProductRowReader;
import io.aisle.catalog.importer.ProductRowValidator;
import io.aisle.catalog.model.ImportResult;
import io.aisle.catalog.model.ProductDraft;
import io.aisle.catalog.repository.ProductWriteRepository;
import io.aisle.catalog.repository.ProductWriteRepository.UpsertCounts;
import io.aisle.common.rest.FieldViolation;
import io.aisle.common.rest.InvalidRequestException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Catalog uploads from a store: every row is validated before anything is written, and the whole
 * upload is one transaction, so a bad row leaves the catalog exactly as it was.
 */
@ApplicationScoped
public class ProductImportService {

    private final ProductWriteRepository repository;
    private final ProductRowValidator validator;
    private final ObjectMapper mapper;
    private final int maxRows;
    /** Observers that care only about committed imports (search re-embedding) use TransactionPhase.AFTER_SUCCESS. */
    private final Event<ImportResult> imported;

    public ProductImportService(ProductWriteRepository repository, ObjectMapper mapper, CatalogConfig config,
                                Event<ImportResult> imported) {
        this.repository = repository;
        this.mapper = mapper;
        this.imported = imported;
        this.validator = new ProductRowValidator(mapper, config.defaultCurrency());
        this.maxRows = config.importing().maxRows();
    }

    @Transactional
    public ImportResult importCsv(BufferedReader body) {
        return importRows((violations, rows) -> ProductRowReader.csv(body, violations, rows));
    }

    @Transactional
    public ImportResult importJsonl(BufferedReader body) {
        return importRows((violations, rows) -> ProductRowReader.jsonl(body, mapper, violations, rows));
    }

    private ImportResult importRows(RowSource source) {
        List<FieldViolation> violations = new ArrayList<>();
        List<ProductDraft> drafts = new ArrayList<>();
        Map<String, Long> rowOfSku = new HashMap<>();
        try {
            source.read(violations, (rowNo, row) -> accept(rowNo, row, violations, drafts, rowOfSku));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the catalog upload failed", e);
        }
        if (drafts.size() > maxRows) {
            throw InvalidRequestException.single("body",
                    "upload has " + drafts.size() + " rows; at most " + maxRows + " per request");
        }
        if (!violations.isEmpty()) {
            long badRows = violations.stream().map(FieldViolation::row).distinct().count();
            throw new InvalidRequestException(badRows + " row(s) are invalid; nothing was imported", violations);
        }
        try {
            UpsertCounts counts = repository.upsert(drafts);
            ImportResult result = new ImportResult(drafts.size(), counts.created(), counts.updated(),
                    drafts.size() - counts.created() - counts.updated());
            Log.infof("catalog import rows=%d created=%d updated=%d unchanged=%d",
                    result.rows(), result.created(), result.updated(), result.unchanged());
            imported.fire(result);
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("writing " + drafts.size() + " products failed", e);
        }
    }

    private void accept(long rowNo, JsonNode row, List<FieldViolation> violations, List<ProductDraft> drafts,
                        Map<String, Long> rowOfSku) {
        if (drafts.size() > maxRows) {
            return; // reported once reading ends; no need to hold more rows
        }
        validator.validate(row, rowNo, violations).ifPresent(draft -> {
            Long earlier = rowOfSku.putIfAbsent(draft.sku(), rowNo);
            if (earlier != null) {
                violations.add(FieldViolation.atRow(rowNo, "sku", "duplicate of row " + earlier));
            } else {
                drafts.add(draft);
            }
        });
    }

    @FunctionalInterface
    private interface RowSource {
        void read(List<FieldViolation> violations, java.util.function.BiConsumer<Long, JsonNode> rows) throws IOException;
    }
}
