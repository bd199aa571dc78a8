package io.aisle.catalog.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.aisle.common.rest.FieldViolation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Streams the rows of a catalog upload as JSON objects with their row numbers. Rows are numbered
 * as a person sees them: CSV counts the header as row 1, JSONL counts lines.
 */
public final class ProductRowReader {

    private static final CsvMapper CSV = new CsvMapper();

    private ProductRowReader() {
    }

    public static void csv(Reader in, List<FieldViolation> violations, BiConsumer<Long, JsonNode> rows) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class).with(schema).readValues(in)) {
            List<String> header = ((CsvSchema) it.getParserSchema()).getColumnNames();
            if (!checkHeader(header, violations)) {
                return;
            }
            long rowNo = 1;
            while (it.hasNextValue()) {
                rowNo++;
                ObjectNode row = JsonNodeFactory.instance.objectNode();
                it.nextValue().forEach(row::put);
                rows.accept(rowNo, row);
            }
        } catch (JsonProcessingException | RuntimeException e) {
            // malformed CSV (e.g. an unclosed quote): hasNextValue throws it as is, nextValue wraps it
            violations.add(FieldViolation.of("body", "malformed CSV: " + rootMessage(e)));
        }
    }

    public static void jsonl(BufferedReader in, ObjectMapper mapper, List<FieldViolation> violations,
                             BiConsumer<Long, JsonNode> rows) throws IOException {
        long lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = mapper.readTree(line);
                if (node.isObject()) {
                    rows.accept(lineNo, node);
                } else {
                    violations.add(FieldViolation.atRow(lineNo, "row", "must be a JSON object"));
                }
            } catch (JsonProcessingException e) {
                violations.add(FieldViolation.atRow(lineNo, "row", "malformed JSON: " + e.getOriginalMessage()));
            }
        }
    }

    private static boolean checkHeader(List<String> header, List<FieldViolation> violations) {
        int before = violations.size();
        for (String column : header) {
            if (!ProductRowValidator.COLUMNS.contains(column)) {
                violations.add(FieldViolation.atRow(1, column, "unknown column; allowed: "
                        + String.join(", ", ProductRowValidator.COLUMNS.stream().sorted().toList())));
            }
        }
        for (String required : ProductRowValidator.REQUIRED) {
            if (!header.contains(required)) {
                violations.add(FieldViolation.atRow(1, required, "required column is missing"));
            }
        }
        return violations.size() == before;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root instanceof JsonProcessingException j ? j.getOriginalMessage() : String.valueOf(root.getMessage());
    }
}
