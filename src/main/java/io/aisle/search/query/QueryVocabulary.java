package io.aisle.search.query;

/** What query understanding knows of the catalog: its category names and its words (for spelling). */
public record QueryVocabulary(CategoryVocabulary categories, Spelling spelling) {

    public static final QueryVocabulary EMPTY = new QueryVocabulary(CategoryVocabulary.EMPTY, Spelling.NONE);
}
