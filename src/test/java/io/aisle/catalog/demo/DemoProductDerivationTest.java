package io.aisle.catalog.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoProductDerivationTest {

    private final CategoryRules rules = load();

    private static CategoryRules load() {
        try {
            return CategoryRules.load(Path.of("db/demo/categories.tsv"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void titlesAreTitleCasedAcrossHyphensAndSlashes() {
        assertEquals("White Hanging Heart T-Light Holder", DemoStoreWriter.titleCase("WHITE HANGING HEART T-LIGHT HOLDER"));
        assertEquals("Set/6 Red Spotty Paper Cups", DemoStoreWriter.titleCase("SET/6 RED SPOTTY PAPER CUPS"));
        assertEquals("Children's Apron", DemoStoreWriter.titleCase("CHILDREN'S APRON"));
    }

    @Test
    void firstMatchingWholeWordRuleGivesTheCategory() {
        assertEquals("Fashion > Jewellery", rules.categorise("Diamante Earrings"));
        assertEquals("Home > Candles & Lights", rules.categorise("White Hanging Heart T-Light Holder"));
        assertEquals("Seasonal > Christmas", rules.categorise("Christmas Candle Holder"));
        assertEquals(CategoryRules.UNCATEGORISED, rules.categorise("Assorted Colours Silk Fan"));
    }

    @Test
    void colourMaterialAndPackSizeAreLiftedFromTheTitle() {
        assertEquals(Map.of("colour", "pink", "material", "ceramic", "packSize", 3),
                TitleAttributes.of("Set Of 3 Pink Ceramic Bowls"));
        assertEquals(Map.of("colour", "red", "material", "paper", "packSize", 6),
                TitleAttributes.of("Set/6 Red Spotty Paper Cups"));
        assertEquals(Map.of(), TitleAttributes.of("Jumbo Storage Bag Suki"));
    }
}
