package io.aisle.assistant.grounded;

import io.aisle.search.query.QueryVocabulary;
import io.aisle.search.query.ParsedQuery;
import io.aisle.search.query.QueryParser;
import io.aisle.search.query.Words;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slot extraction for grounded mode. Price bounds and categories come from search's query understanding; order
 * numbers are the store's six-digit invoice numbers (a leading C marks a cancellation); other words with digits
 * are product codes.
 */
public final class SlotExtractor {

    private static final Pattern ORDER_NUMBER = Pattern.compile("(?<![\\w£$€.])#?(c?\\d{6})(?![\\w.])",
            Pattern.CASE_INSENSITIVE);
    /** A product code: letters, digits, dashes, with at least one digit; not an amount of money or a size. */
    private static final Pattern SKU = Pattern.compile("(?<![\\w£$€.#-])([a-z0-9]*\\d[a-z0-9]*(?:-[a-z0-9]+)*)"
            + "(?![\\w.%-]|\\s?(?:p|pence|pounds?|quid|gbp|euros?|dollars?|cm|mm|kg|g|m|ml|x|pcs|pack)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** A measure or amount written as one word ("30cm", "50p", "2pk"), not a product code. */
    private static final Pattern MEASURE = Pattern.compile("\\d+(?:\\.\\d+)?(?:cm|mm|kg|ml|m|g|p|l|x|pcs|pk|in|ft|s|yrs?|st|nd|rd|th)");
    private static final Pattern CHEAPER = Pattern.compile("\\b(cheaper|less expensive|lower price|more affordable"
            + "|budget ones|not as expensive)\\b");
    private static final Pattern ALL_SHOWN = Pattern.compile("\\b(them|these|those|both|all of them|the two|top \\d)\\b");
    /** "the first two", "top 3": the first n products shown. */
    private static final Pattern FIRST_N = Pattern.compile("\\b(?:first|top)\\s+(two|three|four|2|3|4)\\b");
    private static final Map<String, Integer> COUNTS = Map.of("two", 2, "three", 3, "four", 4, "2", 2, "3", 3, "4", 4);
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 0), Map.entry("1st", 0),
            Map.entry("second", 1), Map.entry("2nd", 1), Map.entry("third", 2), Map.entry("3rd", 2),
            Map.entry("fourth", 3), Map.entry("4th", 3), Map.entry("fifth", 4), Map.entry("5th", 4),
            Map.entry("last", -1));
    /** Words of asking, not of products: left out of the search text. */
    private static final Set<String> CHAT_WORDS = Set.of("hi", "hello", "hey", "hiya", "pls", "plz", "thanks", "thx",
            "show", "find", "got", "have", "you", "u", "ya", "do", "does", "did", "sell", "stock", "any", "anything",
            "im", "i'm", "after", "lookin", "looking", "searching", "search", "get", "can", "could", "would", "give",
            "need", "want", "wanted", "some", "stuff", "things", "thing", "asap", "what", "whats", "what's", "is", "are",
            "there", "more", "else", "other", "others", "ones", "cheaper", "cheap", "cheapest", "expensive", "less",
            "price", "priced", "items", "products", "product", "your", "yours", "store", "shop", "also", "just",
            "really", "please", "ok", "okay", "yes", "yeah", "great", "nice", "too", "very", "much", "how", "which",
            "where", "tell", "about", "we", "us", "let", "see", "something", "anyone", "bit", "lot", "but", "maybe",
            "quid", "pounds", "pound", "gbp", "£", "mine", "kinda", "sort", "kind", "type", "types", "similar",
            "available", "sale", "buy", "buying", "gift", "present", "ideas", "idea", "good");

    private SlotExtractor() {
    }

    /** Codes are matched on the lower-cased text but passed on as the shopper typed them. */
    private static String asTyped(String message, String lowerCased) {
        for (int i = 0; i + lowerCased.length() <= message.length(); i++) {
            if (message.regionMatches(true, i, lowerCased, 0, lowerCased.length())) {
                return message.substring(i, i + lowerCased.length());
            }
        }
        return lowerCased;
    }

    private static boolean containsIgnoringCase(Set<String> values, String word) {
        return values.stream().anyMatch(v -> v.equalsIgnoreCase(word));
    }

    public static Slots extract(String message, QueryVocabulary vocabulary) {
        String text = message.toLowerCase(Locale.ROOT).replace('’', '\'');
        String orderNumber = null;
        Matcher order = ORDER_NUMBER.matcher(text);
        if (order.find()) {
            orderNumber = order.group(1).toUpperCase(Locale.ROOT);
        }
        ParsedQuery parsed = QueryParser.parse(text, vocabulary);
        Set<String> skus = new LinkedHashSet<>();
        Matcher sku = SKU.matcher(parsed.text());
        while (sku.find()) {
            String code = sku.group(1);
            if (MEASURE.matcher(code).matches()) {
                continue;
            }
            if (!code.equalsIgnoreCase(orderNumber) && !ORDINALS.containsKey(code) && code.chars().anyMatch(Character::isLetter)
                    || code.length() == 5) {
                skus.add(asTyped(message, code));
            }
        }
        List<Integer> positions = new ArrayList<>();
        Matcher firstN = FIRST_N.matcher(text);
        if (firstN.find()) {
            for (int i = 0; i < COUNTS.get(firstN.group(1)); i++) {
                positions.add(i);
            }
        }
        List<String> productWords = new ArrayList<>();
        for (Words.Token token : Words.tokens(parsed.text())) {
            String word = token.word();
            Integer position = ORDINALS.get(word);
            if (position != null) {
                if (!positions.contains(position)) {
                    positions.add(position);
                }
            } else if (!CHAT_WORDS.contains(word) && !Words.isStopWord(word) && !containsIgnoringCase(skus, word)
                    && !word.equalsIgnoreCase(orderNumber == null ? "" : orderNumber) && !word.matches("\\d+")) {
                productWords.add(word);
            }
        }
        return new Slots(String.join(" ", productWords), parsed.price(), parsed.categories(), orderNumber,
                List.copyOf(skus), List.copyOf(positions), ALL_SHOWN.matcher(text).find(), CHEAPER.matcher(text).find());
    }
}
