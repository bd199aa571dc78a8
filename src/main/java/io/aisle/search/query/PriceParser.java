package io.aisle.search.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds price phrases in a query ("under 50", "less than £20", "between 20 and 40", "over 10",
 * "£5-£10", "50p or less") and takes them out of the text.
 */
final class PriceParser {

    private static final String CUR = "(?:[£$€]\\s?|gbp\\s?|eur\\s?|usd\\s?)";
    /** An amount: optional currency, a number, an optional unit; never a size ("2 m", "60s"). */
    private static final String NUM = CUR + "?(\\d{1,7}(?:\\.\\d{1,2})?)\\s?(p|pence|pounds?|quid|gbp|euros?|dollars?|£)?"
            + "(?!\\w|%|\\.\\d)";
    private static final String UNIT_AFTER = "(?!\\s*(?:cm|mm|m|ml|l|kg|g|in|inch|inches|ft|x|pcs|pieces?|pack|packs|"
            + "sets?|pairs?|people|years?|yrs?|months?|%)\\b)";

    private enum Kind { RANGE, MAX_EXCLUSIVE, MAX_INCLUSIVE, MIN_EXCLUSIVE, MIN_INCLUSIVE }

    private record Rule(Pattern pattern, Kind kind) {
    }

    private static final List<Rule> RULES = List.of(
            rule("\\bbetween\\s+" + NUM + "\\s*(?:and|to|-|–)\\s*" + NUM, Kind.RANGE),
            rule("\\bfrom\\s+" + NUM + "\\s*(?:to|-|–)\\s*" + NUM, Kind.RANGE),
            rule(CUR + "(\\d{1,7}(?:\\.\\d{1,2})?)()\\s*(?:-|–|to)\\s*" + NUM, Kind.RANGE),
            rule("(?<![\\w.])(\\d{1,7}(?:\\.\\d{1,2})?)()\\s*(?:-|–|to)\\s*" + CUR + "?(\\d{1,7}(?:\\.\\d{1,2})?)\\s?"
                    + "(p|pence|pounds?|quid|gbp|euros?|dollars?)\\b", Kind.RANGE),
            rule("(?:\\b(?:no|not)\\s+more\\s+than|\\bat\\s+most|\\bup\\s?to|\\bmax(?:imum)?|\\bwithin|\\bbudget(?:\\s+of)?"
                    + "|<=)\\s*" + NUM + UNIT_AFTER, Kind.MAX_INCLUSIVE),
            rule("(?:\\bunder|\\bbelow|\\bless\\s+than|\\bcheaper\\s+than|\\blower\\s+than|<)\\s*" + NUM + UNIT_AFTER,
                    Kind.MAX_EXCLUSIVE),
            rule("(?:\\bat\\s+least|\\bmin(?:imum)?|\\bfrom|>=)\\s*" + NUM + UNIT_AFTER, Kind.MIN_INCLUSIVE),
            rule("(?:\\bover|\\babove|\\bmore\\s+than|\\bgreater\\s+than|\\bpricier\\s+than|>)\\s*" + NUM + UNIT_AFTER,
                    Kind.MIN_EXCLUSIVE),
            rule("(?<![\\w.])" + NUM + "\\s+(?:or|and)\\s+(?:less|under|below|cheaper)\\b", Kind.MAX_INCLUSIVE),
            rule("(?<![\\w.])" + NUM + "\\s+(?:or|and)\\s+(?:more|over|above|up|upwards)\\b", Kind.MIN_INCLUSIVE));

    private PriceParser() {
    }

    record Result(PriceRange range, String rest, List<String> notes) {
    }

    static Result parse(String query) {
        String text = query.toLowerCase(Locale.ROOT);
        PriceRange range = PriceRange.ANY;
        List<String> notes = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            StringBuilder rest = new StringBuilder();
            while (m.find()) {
                String phrase = m.group().strip();
                BigDecimal first = amount(m.group(1), m.group(2));
                switch (rule.kind()) {
                    case RANGE -> {
                        BigDecimal second = amount(m.group(3), m.group(4));
                        // "£5-10p" is unlikely; a unit written once applies to both ends ("20-40 pounds")
                        if (m.group(2) == null || m.group(2).isEmpty()) {
                            first = amount(m.group(1), m.group(4));
                        }
                        BigDecimal low = first.min(second);
                        BigDecimal high = first.max(second);
                        range = range.atLeast(low, true).atMost(high, true);
                    }
                    case MAX_EXCLUSIVE -> range = range.atMost(first, false);
                    case MAX_INCLUSIVE -> range = range.atMost(first, true);
                    case MIN_EXCLUSIVE -> range = range.atLeast(first, false);
                    case MIN_INCLUSIVE -> range = range.atLeast(first, true);
                }
                notes.add("price: \"" + phrase + "\"");
                m.appendReplacement(rest, " ");
            }
            m.appendTail(rest);
            text = rest.toString();
        }
        return new Result(range, text, notes);
    }

    private static BigDecimal amount(String number, String unit) {
        BigDecimal value = new BigDecimal(number);
        if (unit != null && (unit.equals("p") || unit.equals("pence"))) {
            value = value.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        }
        return value;
    }

    private static Rule rule(String regex, Kind kind) {
        return new Rule(Pattern.compile(regex), kind);
    }
}
