package io.aisle.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingTest {

    private static final Spelling SPELLING = Spelling.of(Map.ofEntries(Map.entry("lantern", 18),
            Map.entry("lanterns", 2), Map.entry("pot", 22), Map.entry("post", 3), Map.entry("saucer", 10),
            Map.entry("lunch", 23), Map.entry("box", 90), Map.entry("doormat", 28), Map.entry("thermometer", 7),
            Map.entry("jewellery", 8), Map.entry("soft", 40), Map.entry("bottle", 30), Map.entry("christmas", 400),
            Map.entry("braclet", 1)), Set.of("sofa", "lover", "warm"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "lanturn, lantern",          // a letter changed
            "pott, pot",                 // a letter added; the word in more products wins over 'post'
            "sacuer, saucer",            // two neighbours swapped
            "doormatt, doormat",
            "chrismas, christmas",       // a letter dropped
            "thermometre, thermometer",
            "jewelery, jewellery",
            "botle, bottle",
    })
    void aWordTheCatalogLacksBecomesTheClosestCatalogWord(String typed, String corrected) {
        assertEquals(List.of(corrected), SPELLING.correct(typed));
    }

    @Test
    void aWordWrittenTogetherIsSplitIntoTwoCatalogWords() {
        assertEquals(List.of("lunch", "box"), SPELLING.correct("lunchbox"));
    }

    @ParameterizedTest
    @CsvSource({"lantern", "lanterns", "braclet", "sofa", "lover", "warm", "box", "xyzzyq", "a4", "pots"})
    void catalogWordsEnglishWordsShortWordsAndWordsWithNothingCloseAreKept(String typed) {
        assertEquals(List.of(typed), SPELLING.correct(typed));
    }

    @Test
    void twoEditsAreAllowedOnlyForLongWords() {
        assertEquals(List.of("thermometer"), SPELLING.correct("thrmometr"));
        assertEquals(List.of("botl"), SPELLING.correct("botl"));
    }

    @Test
    void nothingIsCorrectedWithoutACatalog() {
        assertEquals(List.of("lanturn"), Spelling.NONE.correct("lanturn"));
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({"saucer, saucer, 0", "sacuer, saucer, 1", "pott, pot, 1", "lanturn, lantern, 1", "botl, bottle, 2",
            "abc, xyz, 3", "'', abc, 3"})
    void editDistanceCountsInsertionsDeletionsChangesAndSwaps(String a, String b, int distance) {
        assertEquals(distance, EditDistance.atMost(a, b, 3));
    }
}
