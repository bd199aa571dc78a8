package io.aisle.search.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Query understanding: turns price phrases, category names, colours and negations in a shopper's query
 * into filters and exclusions, and leaves the rest as text for the retrievers. Pure and thread-safe.
 */
public final class QueryParser {

    static final Set<String> NEGATIONS = Set.of("not", "without", "no", "excluding", "except", "exclude", "minus", "non");
    /** Skipped between a negation and the word it negates: "without a lid", "not made of glass". */
    private static final Set<String> NEGATION_FILLERS = Set.of("a", "an", "the", "any", "made", "of", "in", "with");
    private static final Map<String, String> COLOUR_ALIASES = Map.of("gray", "grey", "golden", "gold", "violet", "purple");
    /** The colours the catalog knows (the demo store lifts these from titles into attributes.colour). */
    public static final Set<String> COLOURS = Set.of("white", "black", "red", "pink", "blue", "green", "yellow",
            "purple", "ivory", "cream", "silver", "gold", "brown", "grey", "orange", "turquoise", "lilac", "beige",
            "navy", "teal");

    /** Words that follow a category name to mean the department itself: "party supplies", "kitchen items". */
    private static final Set<String> DEPARTMENT_WORDS = Set.of("supplies", "items", "things", "stuff", "products",
            "accessories", "essentials", "range", "department", "section");
    private static final Pattern AMPERSAND = Pattern.compile("(?<=[\\p{L}\\p{N}])\\s*&\\s*(?=[\\p{L}\\p{N}])");

    private QueryParser() {
    }

    public static ParsedQuery parse(String query, QueryVocabulary vocabulary) {
        List<String> notes = new ArrayList<>();
        // "candles & lights" reads as "candles and lights" (category names are matched with "and")
        PriceParser.Result prices = PriceParser.parse(AMPERSAND.matcher(query).replaceAll(" and "));
        PriceRange price = prices.range();
        notes.addAll(prices.notes());
        if (price.isEmpty()) {
            notes.add("price bounds contradict each other; ignored");
            price = PriceRange.ANY;
        }

        List<Words.Token> tokens = Words.tokens(prices.rest());
        List<String> kept = new ArrayList<>();
        Set<String> excluded = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Words.Token token = tokens.get(i);
            String word = token.word();
            if (token.minus()) {
                excluded.add(word);
            } else if (word.startsWith("non-") && word.length() > 4) {
                excluded.add(word.substring(4));
            } else if (word.endsWith("-free") && word.length() > 5) {
                excluded.add(word.substring(0, word.length() - 5));
            } else if (word.equals("free") && !kept.isEmpty() && i > 0 && !Words.isStopWord(kept.get(kept.size() - 1))
                    && kept.get(kept.size() - 1).equals(tokens.get(i - 1).word())) {
                excluded.add(kept.remove(kept.size() - 1)); // "plastic free"
            } else if (NEGATIONS.contains(word)) {
                int j = i + 1;
                while (j < tokens.size() && NEGATION_FILLERS.contains(tokens.get(j).word())) {
                    j++;
                }
                if (j < tokens.size() && !NEGATIONS.contains(tokens.get(j).word())) {
                    excluded.add(tokens.get(j).word());
                    i = j;
                }
            } else {
                kept.add(word);
            }
        }
        kept = corrected(kept, vocabulary.spelling(), notes);
        excluded.removeIf(w -> w.isBlank() || Words.isStopWord(w));
        for (String word : excluded) {
            notes.add("excluding \"" + word + "\"");
        }

        Set<String> colours = new LinkedHashSet<>();
        for (String word : kept) {
            String colour = COLOUR_ALIASES.getOrDefault(word, word);
            if (COLOURS.contains(colour) && !excluded.contains(colour)) {
                colours.add(colour);
            }
        }
        for (String colour : colours) {
            notes.add("colour: " + colour);
        }

        Set<String> paths = new LinkedHashSet<>();
        List<CategoryVocabulary.Match> matches = vocabulary.categories().find(kept);
        for (CategoryVocabulary.Match match : matches) {
            if (matches.size() == 1 && describesAnotherProduct(match, kept)) {
                notes.add("category: \"" + match.phrase() + "\" describes \"" + kept.get(match.end()) + "\", not a filter");
                continue;
            }
            paths.addAll(match.paths());
            notes.add("category: \"" + match.phrase() + "\" -> " + String.join(" | ", match.paths()));
        }

        List<String> keywordWords = GiftIntent.keywordWords(kept);
        if (!keywordWords.equals(kept)) {
            notes.add("gift: keywords \"" + String.join(" ", keywordWords) + "\"");
        }
        return new ParsedQuery(query, String.join(" ", kept), String.join(" ", keywordWords), price, List.copyOf(paths),
                List.copyOf(colours), List.copyOf(excluded), notes);
    }

    /**
     * A lone category name right before another product word qualifies that word: a "jewellery box" is a box,
     * a "bathroom door" sign hangs on a door, "storage tins" are tins; filtering on the name would hide them.
     * Gift nouns ("easter gift") and department words ("party supplies") do not name another product.
     */
    private static boolean describesAnotherProduct(CategoryVocabulary.Match match, List<String> words) {
        if (match.end() >= words.size()) {
            return false;
        }
        String next = words.get(match.end());
        return Words.hasLetter(next) && !Words.isStopWord(next) && !GiftIntent.isGiftNoun(next)
                && !DEPARTMENT_WORDS.contains(next);
    }

    private static List<String> corrected(List<String> words, Spelling spelling, List<String> notes) {
        List<String> out = new ArrayList<>();
        for (String word : words) {
            List<String> replacement = spelling.correct(word);
            if (!replacement.equals(List.of(word))) {
                notes.add("spelling: \"" + word + "\" -> \"" + String.join(" ", replacement) + "\"");
            }
            out.addAll(replacement);
        }
        return out;
    }
}
