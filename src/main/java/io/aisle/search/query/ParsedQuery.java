package io.aisle.search.query;

import java.util.List;

/**
 * What a query was understood to ask for.
 *
 * @param text        the words left for the retrievers (price phrases and negated words taken out)
 * @param keywordText the words of {@code text} the keyword retriever matches: gift phrasing taken out
 * @param price       price bounds from phrases like "under 50"
 * @param categories  category paths named by words in the query (any of them)
 * @param colours     colours named in the query (any of them)
 * @param excluded    words the products must not have ("not glass", "without glass", "-glass")
 * @param notes       the interpretation in words, for people
 */
public record ParsedQuery(String original, String text, String keywordText, PriceRange price, List<String> categories,
                          List<String> colours, List<String> excluded, List<String> notes) {

    /** The query taken as it is: no filters, no exclusions. */
    public static ParsedQuery literal(String query) {
        String text = String.join(" ", Words.tokens(query).stream().map(Words.Token::word).toList());
        return new ParsedQuery(query, text, text, PriceRange.ANY, List.of(), List.of(), List.of(), List.of());
    }

    /** True when there is nothing to match text against (no word with a letter or digit). */
    public boolean hasNoText() {
        return text.isBlank();
    }
}
