package io.aisle.assistant.grounded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.search.query.CategoryVocabulary;
import io.aisle.search.query.QueryVocabulary;
import io.aisle.search.query.Spelling;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlotExtractorTest {

    private static final CategoryVocabulary CATEGORIES = CategoryVocabulary.of(
            List.of("Home > Candles & Lights", "Kitchen > Teaware"), Set.of("home"));

    private static Slots slots(String message) {
        return SlotExtractor.extract(message, new QueryVocabulary(CATEGORIES, Spelling.NONE, Set.of()));
    }

    @Test
    void priceBoundsAndProductWordsComeOutOfASearchMessage() {
        Slots s = slots("hi, do you have any lanterns under £10 pls");
        assertEquals("lanterns", s.productWords());
        assertEquals(0, new BigDecimal("10").compareTo(s.price().max()));
        assertFalse(s.price().maxInclusive());

        Slots between = slots("im after glass candle holders between 5 and 15");
        assertEquals("glass candle holders", between.productWords());
        assertEquals(0, new BigDecimal("5").compareTo(between.price().min()));
        assertEquals(0, new BigDecimal("15").compareTo(between.price().max()));
        assertTrue(between.skus().isEmpty());
    }

    @Test
    void categoryNamesAreFound() {
        assertEquals(List.of("Home > Candles & Lights"), slots("show me candles and lights").categories());
    }

    @Test
    void orderNumbersAreSixDigitsWithAnOptionalCancellationMark() {
        assertEquals("536365", slots("where is my order #536365??").orderNumber());
        assertEquals("C536379", slots("order c536379 status?").orderNumber());
        assertNull(slots("where is my parcel").orderNumber());
        assertTrue(slots("where is my order 536365").skus().isEmpty());
    }

    @Test
    void productCodesKeepTheirCaseAndAreNotPrices() {
        assertEquals(List.of("85123A", "22423"), slots("compare 85123A and 22423").skus());
        assertEquals(List.of("85123a"), slots("is 85123a in stock").skus());
        assertTrue(slots("bunting under 50p").skus().isEmpty());
        assertTrue(slots("a 30cm lantern under 10").skus().isEmpty());
    }

    @Test
    void referencesToShownProductsAndCheaperFollowUps() {
        Slots first = slots("tell me more about the first one");
        assertEquals(List.of(0), first.positions());
        assertEquals(List.of(0, -1), slots("compare the 1st and the last").positions());
        assertEquals(List.of(0, 1), slots("compare the first two").positions());
        assertTrue(slots("compare them").allShown());
        Slots cheaper = slots("cheaper ones?");
        assertTrue(cheaper.cheaper());
        assertEquals("", cheaper.productWords());
        assertTrue(slots("anything less expensive").cheaper());
        assertFalse(slots("red lanterns").cheaper());
    }
}
