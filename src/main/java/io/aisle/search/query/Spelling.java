package io.aisle.search.query;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spelling correction from the catalog's own words. A query word that neither the catalog nor the English word list
 * has is replaced by the catalog word closest to it (one edit: a letter added, dropped, changed or two neighbours
 * swapped; two edits for words of {@value #TWO_EDITS_FROM} letters or more), or split into two catalog words
 * ("lunchbox"); among equally close words the one in most products wins. Words the catalog has, short words,
 * numbers and words with nothing close are kept as typed; so are English words the catalog lacks ("sofa" is not a
 * typo of "soft"). Why: the embedding models have never seen "lanturn", and a misspelled word matches no
 * full-text lexeme either. Pure and thread-safe.
 */
public final class Spelling {

    public static final Spelling NONE = new Spelling(Map.of(), Set.of());
    static final int MIN_LENGTH = 4;
    static final int TWO_EDITS_FROM = 8;
    /** A split's halves must each be a real word in the catalog, not a fragment that happens to be in a title. */
    private static final int MIN_SPLIT_PART = 3;

    /** Catalog word -> number of products whose text has it. */
    private final Map<String, Integer> products;
    private final Set<String> english;

    private Spelling(Map<String, Integer> products, Set<String> english) {
        this.products = products;
        this.english = english;
    }

    /**
     * @param productsByWord lower-case catalog word -> the number of products with it in their text
     * @param englishWords   lower-case English words, never taken for typos
     */
    public static Spelling of(Map<String, Integer> productsByWord, Set<String> englishWords) {
        return new Spelling(Map.copyOf(productsByWord), Set.copyOf(englishWords));
    }

    /** The words to search for instead of {@code word}: itself when it is known or nothing is close enough. */
    public List<String> correct(String word) {
        if (products.isEmpty() || word.length() < MIN_LENGTH || !word.chars().allMatch(Character::isLetter)
                || products.containsKey(word) || products.containsKey(Words.stem(word)) || english.contains(word)
                || Words.isStopWord(word)) {
            return List.of(word);
        }
        String best = closest(word, 1);
        if (best != null) {
            return List.of(best);
        }
        List<String> split = split(word);
        if (split != null) {
            return split;
        }
        best = word.length() >= TWO_EDITS_FROM ? closest(word, 2) : null;
        return List.of(best != null ? best : word);
    }

    /** True for a word of the English word list: whatever it is, it is not a typo. */
    public boolean isEnglishWord(String word) {
        return english.contains(word);
    }

    private String closest(String word, int maxEdits) {
        String best = null;
        int bestProducts = 0;
        for (Map.Entry<String, Integer> entry : products.entrySet()) {
            String candidate = entry.getKey();
            if (candidate.length() < MIN_LENGTH - 1 || Math.abs(candidate.length() - word.length()) > maxEdits
                    || EditDistance.atMost(word, candidate, maxEdits) > maxEdits) {
                continue;
            }
            int count = entry.getValue();
            if (count > bestProducts || (count == bestProducts && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestProducts = count;
            }
        }
        return best;
    }

    /** The most common pair of catalog words that the word is written together: "lunchbox" -> lunch box. */
    private List<String> split(String word) {
        List<String> best = null;
        int bestProducts = 0;
        for (int i = MIN_SPLIT_PART; i <= word.length() - MIN_SPLIT_PART; i++) {
            String left = word.substring(0, i);
            String right = word.substring(i);
            int count = Math.min(products.getOrDefault(left, 0), products.getOrDefault(right, 0));
            if (count > bestProducts && !Words.isStopWord(left) && !Words.isStopWord(right)) {
                best = List.of(left, right);
                bestProducts = count;
            }
        }
        return best;
    }
}
