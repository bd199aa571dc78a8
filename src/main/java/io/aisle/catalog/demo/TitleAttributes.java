package io.aisle.catalog.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo dataset has titles only; colour, material and pack size are written into them
 * ("SET OF 3 PINK CERAMIC BOWLS"), so they are lifted out as attributes that filters can use.
 */
final class TitleAttributes {

    private static final List<String> COLOURS = List.of("white", "black", "red", "pink", "blue", "green", "yellow",
            "purple", "ivory", "cream", "silver", "gold", "brown", "grey", "orange", "turquoise", "lilac");
    private static final List<String> MATERIALS = List.of("glass", "metal", "wood", "wooden", "ceramic", "zinc",
            "enamel", "felt", "paper", "wicker", "acrylic", "tin", "crystal", "cotton", "porcelain", "china", "silk");
    private static final Pattern PACK = Pattern.compile("(?:SET|PACK|BOX) ?(?:OF |/)(\\d{1,3})");
    private static final Pattern WORD = Pattern.compile("[A-Z]+");

    private TitleAttributes() {
    }

    static Map<String, Object> of(String title) {
        String upper = title.toUpperCase(Locale.ROOT);
        Map<String, Object> attributes = new LinkedHashMap<>();
        Matcher words = WORD.matcher(upper);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            if (!attributes.containsKey("colour") && COLOURS.contains(word)) {
                attributes.put("colour", word);
            }
            if (!attributes.containsKey("material") && MATERIALS.contains(word)) {
                attributes.put("material", "wooden".equals(word) ? "wood" : word);
            }
        }
        Matcher pack = PACK.matcher(upper);
        if (pack.find()) {
            attributes.put("packSize", Integer.parseInt(pack.group(1)));
        }
        return attributes;
    }
}
