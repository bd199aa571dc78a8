package io.aisle.search.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A judged query set: queries (id, text, kind) and graded (query, product) pairs. The demo catalog's set lives in
 * {@code src/test/resources/search/} (queries.tsv, judgements.tsv); a WANDS set is read by {@link WandsDataset}.
 */
final class JudgedSet {

    static final Path QUERIES = Path.of("src/test/resources/search/queries.tsv");
    static final Path JUDGEMENTS = Path.of("src/test/resources/search/judgements.tsv");

    /** Exact = 1, Partial = 0.5, Irrelevant = 0 (the WANDS gains). */
    enum Grade {
        E(1.0), P(0.5), I(0.0);

        final double gain;

        Grade(double gain) {
            this.gain = gain;
        }

        static Grade parse(String s) {
            return switch (s.strip()) {
                case "E", "Exact" -> E;
                case "P", "Partial" -> P;
                case "I", "Irrelevant" -> I;
                default -> throw new IllegalArgumentException("grade must be E, P or I (or Exact/Partial/Irrelevant): " + s);
            };
        }
    }

    record Query(String id, String text, String kind) {
    }

    final List<Query> queries;
    /** query id -> product key (sku) -> grade */
    final Map<String, Map<String, Grade>> grades;

    JudgedSet(List<Query> queries, Map<String, Map<String, Grade>> grades) {
        this.queries = List.copyOf(queries);
        this.grades = grades;
    }

    static JudgedSet demo() {
        return new JudgedSet(readQueries(QUERIES), Files.exists(JUDGEMENTS) ? readJudgements(JUDGEMENTS) : Map.of());
    }

    Map<String, Grade> of(String queryId) {
        return grades.getOrDefault(queryId, Map.of());
    }

    /** True when the query has at least one Exact or Partial item (others carry no nDCG/recall signal). */
    boolean answerable(String queryId) {
        return of(queryId).values().stream().anyMatch(g -> g != Grade.I);
    }

    boolean hasExact(String queryId) {
        return of(queryId).values().stream().anyMatch(g -> g == Grade.E);
    }

    long judgedPairs() {
        return grades.values().stream().mapToLong(Map::size).sum();
    }

    static List<Query> readQueries(Path file) {
        List<Query> out = new ArrayList<>();
        for (String[] f : rows(file, 3)) {
            out.add(new Query(f[0], f[1], f[2]));
        }
        return out;
    }

    static Map<String, Map<String, Grade>> readJudgements(Path file) {
        Map<String, Map<String, Grade>> out = new LinkedHashMap<>();
        for (String[] f : rows(file, 3)) {
            Grade before = out.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], Grade.parse(f[2]));
            if (before != null) {
                throw new IllegalStateException(file + ": (" + f[0] + ", " + f[1] + ") is judged twice");
            }
        }
        out.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return out;
    }

    /** Tab-separated rows after the header; '#' lines are comments. */
    private static List<String[]> rows(Path file, int columns) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String[]> out = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < columns) {
                    throw new IllegalStateException(file + " line " + (i + 1) + ": expected " + columns + " columns");
                }
                out.add(f);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file.toAbsolutePath(), e);
        }
    }
}
