package io.aisle.search.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which retrievers answer a search. */
public enum SearchMode {
    /** Full-text and trigram candidates fused with vector candidates (reciprocal rank fusion). */
    HYBRID,
    /** Full-text (weighted tsvector) and trigram (typos) only. */
    KEYWORD,
    /** Vector neighbours (pgvector HNSW) only. */
    VECTOR;

    public static Optional<SearchMode> parse(String value) {
        return Arrays.stream(values()).filter(m -> m.wireName().equals(value.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
