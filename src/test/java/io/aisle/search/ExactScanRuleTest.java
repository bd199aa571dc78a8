package io.aisle.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.search.repository.ExactScanRule;
import org.junit.jupiter.api.Test;

class ExactScanRuleTest {

    @Test
    void theBoundIsWhereAnExactScanCostsAsMuchAsTheWalk() {
        int bound = ExactScanRule.largestExactScan(100, 102_000, 12);
        double walk = 12.0 * 100 * 102_000 / bound; // products walked, in exact distances
        assertEquals(bound, walk, bound * 0.001);
    }

    @Test
    void aLargerCatalogComparesMoreFilteredProductsExactly() {
        int demo = ExactScanRule.largestExactScan(100, 3_922, 12);
        int large = ExactScanRule.largestExactScan(100, 101_972, 12);
        assertEquals(2_169, demo);
        assertEquals(11_062, large);
        assertTrue(ExactScanRule.largestExactScan(20, 101_972, 12) < large, "fewer candidates, shorter walk");
    }

    @Test
    void noWalkCostMeansAlwaysWalk() {
        assertEquals(0, ExactScanRule.largestExactScan(100, 101_972, 0));
        assertEquals(0, ExactScanRule.largestExactScan(100, 0, 12));
        assertThrows(IllegalArgumentException.class, () -> ExactScanRule.largestExactScan(100, 1_000, -1));
    }
}
