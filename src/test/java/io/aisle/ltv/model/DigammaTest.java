package io.aisle.ltv.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DigammaTest {

    private static final double EULER_GAMMA = 0.57721566490153286061;

    @Test
    void matchesKnownValuesToDoublePrecision() {
        assertEquals(-EULER_GAMMA, Digamma.value(1), 1e-15);
        assertEquals(-EULER_GAMMA - 2 * Math.log(2), Digamma.value(0.5), 1e-15);
        assertEquals(1 - EULER_GAMMA + 0.5 + 1.0 / 3, Digamma.value(4), 1e-15);
        // mpmath.digamma(100.25) and digamma(-0.2)
        assertEquals(4.6026712432747100, Digamma.value(100.25), 1e-14);
        assertEquals(4.0349914332938611, Digamma.value(-0.2), 1e-14);
    }

    @Test
    void isUndefinedAtThePoles() {
        assertTrue(Double.isNaN(Digamma.value(0)));
        assertTrue(Double.isNaN(Digamma.value(-3)));
    }
}
