package io.aisle.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tokens of a shopper's query: lower-case words (letters and digits, inner hyphens and apostrophes kept). */
public final class Words {

    /** An optional leading '-' (exclusion, as in web search) and a word. */
    private static final Pattern TOKEN =
            Pattern.compile("(?<![\\p{L}\\p{N}])(-?)([\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*)");
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "any", "are", "as", "at", "be", "by", "for",
            "from", "i", "in", "is", "it", "me", "my", "of", "on", "or", "our", "so", "some", "something", "that",
            "the", "their", "them", "this", "to", "with", "want", "need", "looking", "please", "like", "one", "ones");

    private Words() {
    }

    /** A word with whether it was written with a leading '-'. */
    public record Token(String word, boolean minus) {
    }

    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            tokens.add(new Token(m.group(2), !m.group(1).isEmpty()));
        }
        return tokens;
    }

    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    /** True when the word has a letter (numbers alone are left to full-text search). */
    public static boolean hasLetter(String word) {
        return word.chars().anyMatch(Character::isLetter);
    }

    /** A light English singular: "candles" -> "candle", "accessories" -> "accessory", "glasses" -> "glass". */
    public static String stem(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word.replace("'", "");
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")
                || w.endsWith("zes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Words of a name, "&" read as "and": "Candles & Lights" -> [candles, and, lights]. */
    public static List<String> nameWords(String name) {
        return tokens(name.replace("&", " and ")).stream().map(Token::word).toList();
    }
}
