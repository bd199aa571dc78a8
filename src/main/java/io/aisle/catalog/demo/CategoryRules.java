package io.aisle.catalog.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Gives a product title a category path from ordered keyword rules; the first matching rule wins. */
public final class CategoryRules {

    static final String UNCATEGORISED = "Other";

    private record Rule(Pattern keyword, String categoryPath) {
    }

    private final List<Rule> rules;

    private CategoryRules(List<Rule> rules) {
        this.rules = rules;
    }

    /** Lines of {@code keyword<TAB>category path}; blank lines and lines starting with # are ignored. */
    public static CategoryRules load(Path file) throws IOException {
        List<Rule> rules = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException(file + " line " + lineNo + ": expected keyword<TAB>category");
            }
            String keyword = Pattern.quote(parts[0].strip().toUpperCase(Locale.ROOT));
            // whole words only: RING must not match EARRINGS
            rules.add(new Rule(Pattern.compile("(?<![A-Z0-9])" + keyword + "(?![A-Z0-9])"), parts[1].strip()));
        }
        return new CategoryRules(rules);
    }

    public String categorise(String title) {
        String upper = title.toUpperCase(Locale.ROOT);
        for (Rule rule : rules) {
            if (rule.keyword().matcher(upper).find()) {
                return rule.categoryPath();
            }
        }
        return UNCATEGORISED;
    }
}
