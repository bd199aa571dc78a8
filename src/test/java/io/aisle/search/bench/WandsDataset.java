package io.aisle.search.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aisle.catalog.model.ImportResult;
import io.aisle.catalog.service.ProductImportService;
import io.aisle.search.bench.JudgedSet.Grade;
import io.aisle.search.bench.JudgedSet.Query;
import io.quarkus.logging.Log;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public WANDS files (Chen et al., ECIR 2022; github.com/wayfair/WANDS, MIT): {@code product.csv},
 * {@code query.csv}, {@code label.csv}, tab-separated with a header row. Products become catalog rows for the
 * normal import ({@link ProductImportService#importJsonl}); queries and labels become a {@link JudgedSet} whose
 * query kind is the split of /work/shared/data/wands (even query_id: public half, odd: hidden half).
 */
final class WandsDataset {

    static final int IMPORT_CHUNK = 5_000;
    private static final int MAX_TITLE = 500;
    private static final int MAX_DESCRIPTION = 10_000;
    private static final int MAX_ATTRIBUTE_BYTES = 12_000;

    private final List<Map<String, String>> products;
    private final List<Map<String, String>> queries;
    private final List<Map<String, String>> labels;

    private WandsDataset(List<Map<String, String>> products, List<Map<String, String>> queries,
                         List<Map<String, String>> labels) {
        this.products = products;
        this.queries = queries;
        this.labels = labels;
    }

    static WandsDataset read(Path dir) throws IOException {
        for (String name : List.of("product.csv", "query.csv", "label.csv")) {
            if (!Files.isReadable(dir.resolve(name))) {
                throw new IllegalStateException("WANDS file " + dir.resolve(name).toAbsolutePath() + " is missing; expected "
                        + "product.csv, query.csv and label.csv from github.com/wayfair/WANDS (folder dataset/)");
            }
        }
        return new WandsDataset(tsv(dir.resolve("product.csv")), tsv(dir.resolve("query.csv")), tsv(dir.resolve("label.csv")));
    }

    /** Rows keyed by header name; values unquoted; "NaN"/empty become "". */
    static List<Map<String, String>> tsv(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String headerLine = in.readLine();
            if (headerLine == null) {
                return rows;
            }
            String[] header = Arrays.stream(headerLine.replace("\uFEFF", "").split("\t", -1)).map(WandsDataset::clean)
                    .toArray(String[]::new);
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < f.length ? clean(f[i]) : "");
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String clean(String s) {
        String v = s.strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1).replace("\"\"", "\"");
        }
        return v.equals("NaN") ? "" : v;
    }

    /** Imports every product (upsert by sku, in chunks); returns the number of rows imported. */
    long importCatalog(ProductImportService importer) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        long rows = 0;
        StringBuilder chunk = new StringBuilder();
        int inChunk = 0;
        for (Map<String, String> p : products) {
            chunk.append(mapper.writeValueAsString(row(mapper, p))).append('\n');
            if (++inChunk == IMPORT_CHUNK) {
                rows += importChunk(importer, chunk);
                chunk.setLength(0);
                inChunk = 0;
            }
        }
        if (inChunk > 0) {
            rows += importChunk(importer, chunk);
        }
        return rows;
    }

    private static long importChunk(ProductImportService importer, StringBuilder jsonl) {
        ImportResult result = importer.importJsonl(new BufferedReader(new StringReader(jsonl.toString())));
        Log.infof("WANDS import: %d rows (%d created, %d updated, %d unchanged)", result.rows(), result.created(),
                result.updated(), result.unchanged());
        return result.rows();
    }

    static ObjectNode row(ObjectMapper mapper, Map<String, String> p) {
        String id = p.getOrDefault("product_id", "");
        ObjectNode row = mapper.createObjectNode();
        row.put("sku", BenchCatalog.WANDS_PREFIX + id);
        String name = p.getOrDefault("product_name", "");
        row.put("title", cut(name.isBlank() ? "product " + id : name, MAX_TITLE));
        String description = p.getOrDefault("product_description", "");
        if (!description.isBlank()) {
            row.put("description", cut(description, MAX_DESCRIPTION));
        }
        String hierarchy = p.getOrDefault("category hierarchy", p.getOrDefault("category_hierarchy", ""));
        if (!hierarchy.isBlank()) {
            row.put("category", cut(String.join(" > ", Arrays.stream(hierarchy.split("/")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList()), 500));
        }
        row.put("price", 0);
        row.put("stock", 1);
        ObjectNode attributes = mapper.createObjectNode();
        String productClass = p.getOrDefault("product_class", "");
        if (!productClass.isBlank()) {
            attributes.put("class", productClass.replace("|", ", "));
        }
        int bytes = 0;
        for (String feature : p.getOrDefault("product_features", "").split("\\|")) {
            int colon = feature.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = feature.substring(0, colon).strip();
            String value = feature.substring(colon + 1).strip();
            if (key.isEmpty() || value.isEmpty() || attributes.has(key)) {
                continue;
            }
            bytes += key.getBytes(StandardCharsets.UTF_8).length + value.getBytes(StandardCharsets.UTF_8).length + 6;
            if (bytes > MAX_ATTRIBUTE_BYTES) {
                break;
            }
            attributes.put(key, value);
        }
        row.set("attributes", attributes);
        return row;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    JudgedSet judgedSet() {
        List<Query> qs = new ArrayList<>();
        for (Map<String, String> q : queries) {
            String id = q.get("query_id");
            int n = Integer.parseInt(id.strip());
            qs.add(new Query("w" + id, q.getOrDefault("query", ""), n % 2 == 0 ? "even" : "odd"));
        }
        Map<String, Map<String, Grade>> grades = new LinkedHashMap<>();
        for (Map<String, String> l : labels) {
            grades.computeIfAbsent("w" + l.get("query_id"), k -> new LinkedHashMap<>())
                    .put(BenchCatalog.WANDS_PREFIX + l.get("product_id"), Grade.parse(l.get("label")));
        }
        grades.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return new JudgedSet(qs, grades);
    }
}
