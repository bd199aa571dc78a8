package io.aisle.ltv.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Comparing estimates with figures published to a given number of significant figures. */
final class SignificantFigures {

    private SignificantFigures() {
    }

    /** {@code actual} rounds to {@code published} at three significant figures: within half a unit of the third digit. */
    static void assertAgreesToThree(String what, double published, double actual) {
        double halfUnit = 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(published))) - 2);
        assertTrue(Math.abs(actual - published) <= halfUnit,
                () -> what + ": estimated " + actual + ", published " + published + " (tolerance ±" + halfUnit + ")");
    }
}
