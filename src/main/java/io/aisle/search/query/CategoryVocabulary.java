package io.aisle.search.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The catalog's category names as a shopper would type them. Every level of every path is a name
 * ("Home > Candles & Lights" gives "home" and "candles and lights"); a name matches its words in the query,
 * singular or plural. A name at several places ("Decorations" under Home and Party) stands for all of them.
 */
public final class CategoryVocabulary {

    public static final CategoryVocabulary EMPTY = of(List.of(), Set.of());

    /** Stemmed words of a name -> the category paths (up to that level) it names. */
    private final Map<List<String>, Set<String>> paths;
    private final int longestName;

    private CategoryVocabulary(Map<List<String>, Set<String>> paths) {
        this.paths = paths;
        this.longestName = paths.keySet().stream().mapToInt(List::size).max().orElse(0);
    }

    /**
     * @param categoryPaths paths like "Home > Candles & Lights"
     * @param ignoredNames names too broad to filter on ("gifts", "home", "other"); compared singular
     */
    public static CategoryVocabulary of(Collection<String> categoryPaths, Collection<String> ignoredNames) {
        Set<List<String>> ignored = new LinkedHashSet<>();
        for (String name : ignoredNames) {
            ignored.add(stems(Words.nameWords(name)));
        }
        Map<List<String>, Set<String>> paths = new HashMap<>();
        for (String path : categoryPaths) {
            if (path == null || path.isBlank()) {
                continue;
            }
            String[] levels = path.split(">");
            StringBuilder prefix = new StringBuilder();
            for (String level : levels) {
                String name = level.strip();
                if (name.isEmpty()) {
                    break;
                }
                prefix.append(prefix.isEmpty() ? "" : " > ").append(name);
                List<String> key = stems(Words.nameWords(name));
                if (!key.isEmpty() && !ignored.contains(key)) {
                    paths.computeIfAbsent(key, k -> new TreeSet<>()).add(prefix.toString());
                }
            }
        }
        return new CategoryVocabulary(paths);
    }

    /** A category name found in the query: which tokens it spans and which paths it names. */
    public record Match(int start, int end, String phrase, Set<String> paths) {
    }

    /** Longest names first, left to right; a token belongs to at most one name. */
    public List<Match> find(List<String> words) {
        List<String> stems = stems(words);
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < stems.size()) {
            Match match = null;
            for (int len = Math.min(longestName, stems.size() - i); len >= 1 && match == null; len--) {
                Set<String> found = paths.get(stems.subList(i, i + len));
                if (found != null) {
                    match = new Match(i, i + len, String.join(" ", words.subList(i, i + len)), found);
                }
            }
            if (match != null) {
                matches.add(match);
                i = match.end();
            } else {
                i++;
            }
        }
        return matches;
    }

    public boolean isEmpty() {
        return paths.isEmpty();
    }

    private static List<String> stems(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String word : words) {
            out.add(Words.stem(word.toLowerCase(Locale.ROOT)));
        }
        return out;
    }
}
