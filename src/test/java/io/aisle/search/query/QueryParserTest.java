package io.aisle.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryParserTest {

    static final CategoryVocabulary CATEGORIES = CategoryVocabulary.of(List.of(
            "Home > Candles & Lights", "Home > Decorations", "Party > Decorations", "Fashion > Jewellery",
            "Fashion > Hair Accessories", "Fashion > Accessories", "Seasonal > Christmas", "Seasonal > Valentine's",
            "Kitchen & Dining > Tea & Coffee", "Kitchen & Dining > Textiles", "Stationery > Gift Wrap",
            "Gifts > Vouchers", "Other"), List.of("gifts", "home", "other"));

    private static ParsedQuery parse(String query) {
        return QueryParser.parse(query, new QueryVocabulary(CATEGORIES, Spelling.NONE, Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // query                            | min   | min incl | max   | max incl | text left
            "lantern under 50                   | -     | true     | 50    | false    | lantern",
            "mugs less than £20                 | -     | true     | 20    | false    | mugs",
            "teapot below 15.50                 | -     | true     | 15.50 | false    | teapot",
            "bag up to 30 pounds                | -     | true     | 30    | true     | bag",
            "vase no more than £12              | -     | true     | 12    | true     | vase",
            "cards between 20 and 40            | 20    | true     | 40    | true     | cards",
            "cards between £40 and £20          | 20    | true     | 40    | true     | cards",
            "frames from 5 to 10                | 5     | true     | 10    | true     | frames",
            "frame £5-£10                       | 5     | true     | 10    | true     | frame",
            "frame 5-10 pounds                  | 5     | true     | 10    | true     | frame",
            "necklace over 10                   | 10    | false    | -     | true     | necklace",
            "necklace more than $10             | 10    | false    | -     | true     | necklace",
            "necklace at least 10 quid          | 10    | true     | -     | true     | necklace",
            "stickers 50p or less               | -     | true     | 0.50  | true     | stickers",
            "gift for mum under 25 over 5       | 5     | false    | 25    | false    | gift for mum",
            "UNDER 50 LANTERN                   | -     | true     | 50    | false    | lantern"})
    void pricePhrasesBecomePriceBounds(String query, String min, boolean minInclusive, String max, boolean maxInclusive,
                                       String text) {
        ParsedQuery parsed = parse(query);
        assertEquals(min == null ? null : new BigDecimal(min), parsed.price().min(), "min");
        assertEquals(max == null ? null : new BigDecimal(max), parsed.price().max(), "max");
        if (min != null) {
            assertEquals(minInclusive, parsed.price().minInclusive(), "min inclusive");
        }
        if (max != null) {
            assertEquals(maxInclusive, parsed.price().maxInclusive(), "max inclusive");
        }
        assertEquals(text, parsed.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "set of 3 bowls          | set of 3 bowls",
            "cake stand 3 tier       | cake stand 3 tier",
            "lights over 2 m long    | lights over 2 m long",
            "gift for over 60s       | gift for over 60s",
            "pack of 12 under 5cm    | pack of 12 under 5cm",
            "up to 6 people tent     | up to 6 people tent"})
    void numbersThatAreNotPricesStayInTheText(String query, String text) {
        ParsedQuery parsed = parse(query);
        assertTrue(parsed.price().isOpen(), "no price in '" + query + "': " + parsed.price());
        assertEquals(text, parsed.text());
    }

    @Test
    void contradictoryPricesAreIgnoredAndSaidSo() {
        ParsedQuery parsed = parse("mug under 5 over 10");
        assertTrue(parsed.price().isOpen());
        assertTrue(parsed.notes().stream().anyMatch(n -> n.contains("contradict")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "candle holder not glass        | glass  | candle holder",
            "candle holder without glass    | glass  | candle holder",
            "candle holder without any glass| glass  | candle holder",
            "candle holder -glass           | glass  | candle holder",
            "non-glass candle holder        | glass  | candle holder",
            "plastic free lunch box         | plastic| lunch box",
            "plastic-free lunch box         | plastic| lunch box",
            "cushion no red                 | red    | cushion",
            "vase excluding crystal         | crystal| vase"})
    void negationsBecomeExclusions(String query, String excluded, String text) {
        ParsedQuery parsed = parse(query);
        assertEquals(List.of(excluded), parsed.excluded());
        assertEquals(text, parsed.text());
    }

    @Test
    void aNegatedColourIsNotAColourFilter() {
        ParsedQuery parsed = parse("heart decoration not red");
        assertEquals(List.of("red"), parsed.excluded());
        assertEquals(List.of(), parsed.colours());
    }

    @Test
    void colourWordsAreFoundAndStayInTheText() {
        ParsedQuery parsed = parse("Pink or gray cushion");
        assertEquals(List.of("pink", "grey"), parsed.colours());
        assertEquals("pink or gray cushion", parsed.text());
    }

    @Test
    void categoryNamesBecomeCategoryFiltersSingularOrPlural() {
        assertEquals(List.of("Fashion > Jewellery"), parse("silver jewellery").categories());
        assertEquals(List.of("Home > Decorations", "Party > Decorations"), parse("hanging decoration").categories());
        assertEquals(List.of("Seasonal > Valentine's"), parse("valentines").categories());
        assertEquals(List.of("Home > Candles & Lights"), parse("candles & lights").categories());
        assertEquals(List.of("Home > Candles & Lights"), parse("candle and light").categories());
    }

    @Test
    void aLoneCategoryNameBeforeAnotherProductWordIsNotAFilter() {
        ParsedQuery box = parse("jewellery box");
        assertEquals(List.of(), box.categories());
        assertTrue(box.notes().contains("category: \"jewellery\" describes \"box\", not a filter"), box.notes().toString());
        assertEquals("jewellery box", box.text());
        assertEquals(List.of("Seasonal > Christmas"), parse("christmas gift").categories(), "a gift noun is no product");
        assertEquals(List.of("Party"), parse("party supplies").categories(), "a department word");
        assertEquals(List.of("Seasonal > Christmas", "Fashion > Jewellery"), parse("christmas jewellery").categories());
        assertEquals(List.of("Seasonal > Christmas", "Home > Decorations", "Party > Decorations"),
                parse("christmas decorations").categories(), "two names: both filter");
    }

    @Test
    void theLongestCategoryNameWins() {
        assertEquals(List.of("Fashion > Hair Accessories"), parse("hair accessories").categories());
        assertEquals(List.of("Stationery > Gift Wrap"), parse("gift wrap").categories());
        assertEquals(List.of("Kitchen & Dining > Tea & Coffee"), parse("tea and coffee").categories());
    }

    @Test
    void broadOrPartialNamesAreNotCategoryFilters() {
        assertEquals(List.of(), parse("gifts for a gardener").categories());
        assertEquals(List.of(), parse("home sweet home sign").categories());
        assertEquals(List.of(), parse("tea towel").categories(), "'tea' alone is not 'Tea & Coffee'");
        assertEquals(List.of(), parse("candles").categories(), "'candles' alone is not 'Candles & Lights'");
    }

    @Test
    void allAtOnce() {
        ParsedQuery parsed = parse("red christmas decorations under £10 without glass");
        assertEquals(new BigDecimal("10"), parsed.price().max());
        assertEquals(List.of("red"), parsed.colours());
        assertEquals(Set.of("Seasonal > Christmas", "Home > Decorations", "Party > Decorations"),
                Set.copyOf(parsed.categories()));
        assertEquals(List.of("glass"), parsed.excluded());
        assertEquals("red christmas decorations", parsed.text());
        assertFalse(parsed.notes().isEmpty());
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {"%%%", "!!!", "''", "((( )))", "&&", "-", "£", "not", "no"})
    void garbageLeavesNoText(String query) {
        ParsedQuery parsed = parse(query);
        assertTrue(parsed.hasNoText(), "text of '" + query + "': '" + parsed.text() + "'");
        assertTrue(parsed.price().isOpen());
    }

    @Test
    void aPricePhraseAloneIsAFilterWithoutText() {
        ParsedQuery parsed = parse("under £20");
        assertTrue(parsed.hasNoText());
        assertEquals(new BigDecimal("20"), parsed.price().max());
    }

    @Test
    void misspelledWordsAreCorrectedBeforeCategoriesAreRead() {
        Spelling spelling = Spelling.of(Map.of("jewellery", 8, "silver", 40), Set.of());
        ParsedQuery parsed = QueryParser.parse("silver jewelery not glas", new QueryVocabulary(CATEGORIES, spelling, Set.of()));
        assertEquals("silver jewellery", parsed.text());
        assertEquals("silver jewellery", parsed.keywordText());
        assertEquals(List.of("Fashion > Jewellery"), parsed.categories());
        assertTrue(parsed.notes().contains("spelling: \"jewelery\" -> \"jewellery\""), parsed.notes().toString());
    }

    @Test
    void literalQueriesKeepEveryWord() {
        ParsedQuery parsed = ParsedQuery.literal("Lantern under 50, not glass!");
        assertEquals("lantern under 50 not glass", parsed.text());
        assertTrue(parsed.price().isOpen());
        assertTrue(parsed.excluded().isEmpty());
        assertNull(parsed.price().max());
    }

    @Test
    void stemmingIsLightAndSymmetric() {
        assertEquals("candle", Words.stem("candles"));
        assertEquals("accessory", Words.stem("accessories"));
        assertEquals("glass", Words.stem("glasses"));
        assertEquals("glass", Words.stem("glass"));
        assertEquals("box", Words.stem("boxes"));
        assertEquals("valentine", Words.stem("valentine's"));
        assertEquals("bus", Words.stem("bus"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // query                            | keyword text
            "gift for someone who loves cats    | cats",
            "present for a gardener             | gardener",
            "something for a tea lover          | tea",
            "gift for mum who loves baking      | mum baking",
            "birthday present for a little girl | birthday little girl",
            "housewarming present               | housewarming",
            "valentines gift for my girlfriend  | valentines girlfriend",
            "gift ideas for a coffee fan        | coffee"})
    void giftPhrasingIsLeftOutOfTheKeywordTextOnly(String query, String keywordText) {
        ParsedQuery parsed = parse(query);
        assertEquals(keywordText, parsed.keywordText());
        assertEquals(String.join(" ", Words.tokens(query).stream().map(Words.Token::word).toList()), parsed.text());
        assertTrue(parsed.notes().contains("gift: keywords \"" + keywordText + "\""), parsed.notes().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"gift wrap", "baby gift set", "gift", "gift bags for", "tea for two", "something to keep my tea warm"})
    void productsNamedWithGiftWordsKeepTheirKeywords(String query) {
        ParsedQuery parsed = parse(query);
        assertEquals(parsed.text(), parsed.keywordText());
    }
}
