package io.aisle.search.query;

import java.util.Set;

/**
 * What query understanding knows of the catalog: its category names, its words (for spelling), and the full-text
 * lexemes in so many products that they do not find keyword candidates on their own.
 */
public record QueryVocabulary(CategoryVocabulary categories, Spelling spelling, Set<String> commonLexemes) {

    public static final QueryVocabulary EMPTY = new QueryVocabulary(CategoryVocabulary.EMPTY, Spelling.NONE, Set.of());

    public QueryVocabulary {
        commonLexemes = Set.copyOf(commonLexemes);
    }
}
