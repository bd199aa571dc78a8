package io.aisle.search.repository;

import java.util.List;
import java.util.Set;

/**
 * What the keyword retriever asks the catalog.
 *
 * @param text           the query words
 * @param trigramWords   words whose trigram similarity to a title adds to its score (may be empty)
 * @param typoWords      words that may be misspelled: those the full-text index does not know are matched against
 *                       titles by trigram similarity (may be empty)
 * @param commonLexemes  full-text lexemes in so many products that they find candidates only when the query has no
 *                       rarer lexeme: then paired with another common one ("red" and "bag"), or alone when one is
 *                       the query's only lexeme; they still count in the rank (may be empty)
 */
public record KeywordQuery(String text, List<String> trigramWords, List<String> typoWords, Set<String> commonLexemes) {
}
