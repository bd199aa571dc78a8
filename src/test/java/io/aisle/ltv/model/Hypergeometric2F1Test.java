package io.aisle.ltv.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Hypergeometric2F1Test {

    private static final double RELATIVE = 1e-11;

    /**
     * {a, b, c, z, 2F1} computed with mpmath 1.3 at 40 digits, covering the branches: the plain series,
     * the series near z = 1 with large c, A&amp;S 15.3.6, the integer cases 15.3.10/11, the window around
     * them, and Euler's transformation for c − a − b &lt; 0.
     */
    private static final double[][] MPMATH = {
        // BG/NBD eq. 9/10 arguments after Euler's transformation, CDNOW parameters, x = 0
        {1.9766000000000004, -0.20699999999999996, 2.2192000000000003, 0.3, 0.93731318937025676},
        {1.9766000000000004, -0.20699999999999996, 2.2192000000000003, 0.9, 0.6909357100307854},
        {1.9766000000000004, -0.20699999999999996, 2.2192000000000003, 0.999, 0.49534950113774034},
        {1.9766000000000004, -0.20699999999999996, 2.2192000000000003, 0.999999999, 0.46379876542471509},
        // the same for x = 300
        {1.9766000000000004, -0.20699999999999996, 302.2192, 0.7, 0.99904971624296511},
        {1.9766000000000004, -0.20699999999999996, 302.2192, 0.999999, 0.99864085096432518},
        // eq. 9 as printed, without the transformation
        {0.2426, 2.4262, 2.2192000000000003, 0.95, 2.4426917579320494},
        // c − a − b an integer
        {1.5, 2.5, 4.0, 0.9, 5.4931375169820693},
        {0.25, 100.0, 100.25, 0.999, 4.764546125556284},
        {100.0, 0.25, 102.25, 0.95, 1.9480743900138878},
        // c − a − b within 1e-4 of an integer
        {1.3, 0.7, 3.00002, 0.9999, 1.8851460226302053},
        {1.3, 0.7, 2.99995, 0.99, 1.822682837692315},
        {1.3, 0.7, 2.000000001, 0.999999, 12.060694197501108},
        // c − a − b negative
        {3.0, 4.0, 2.0, 0.99, 19899999999.999912},
        {2.0, 3.0, 4.5, 0.999, 293.29032669613223},
    };

    @Test
    void agreesWithMpmathOnEveryBranch() {
        for (double[] row : MPMATH) {
            double value = Hypergeometric2F1.value(row[0], row[1], row[2], row[3]);
            assertEquals(row[4], value, Math.abs(row[4]) * RELATIVE,
                    () -> "2F1(" + row[0] + ", " + row[1] + "; " + row[2] + "; " + row[3] + ")");
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-6, 0.1, 0.5, 0.75, 0.9, 0.99, 0.999999, 1 - 1e-12})
    void logarithmCaseEqualsMinusLogOneMinusZOverZ(double z) {
        // 2F1(1, 1; 2; z) = −ln(1−z)/z (A&S 15.1.3); c − a − b = 0, the digamma series near z = 1
        double expected = -Math.log1p(-z) / z;
        assertEquals(expected, Hypergeometric2F1.value(1, 1, 2, z), expected * RELATIVE);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.2, 0.6, 0.95, 0.9999})
    void equalLowerParametersGiveAPower(double z) {
        // 2F1(a, b; b; z) = (1−z)^(−a) (A&S 15.1.8)
        double expected = Math.pow(1 - z, -0.37);
        assertEquals(expected, Hypergeometric2F1.value(0.37, 2.2, 2.2, z), expected * RELATIVE);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 0.8, 0.99, 0.999999})
    void halfParametersGiveTheArcsine(double x) {
        // 2F1(1/2, 1/2; 3/2; x²) = arcsin(x)/x (A&S 15.1.6); c − a − b = 1/2
        double expected = Math.asin(x) / x;
        assertEquals(expected, Hypergeometric2F1.value(0.5, 0.5, 1.5, x * x), expected * RELATIVE);
    }

    @Test
    void oneTwoThreeCaseMatchesItsClosedForm() {
        // 2F1(1, 2; 3; z) = Σ 2zⁿ/(n+2) = −2(z + ln(1−z))/z², used by the hand-worked BG/NBD examples
        for (double z : new double[] {0.25, 0.5, 0.97}) {
            double expected = -2 * (z + Math.log1p(-z)) / (z * z);
            assertEquals(expected, Hypergeometric2F1.value(1, 2, 3, z), expected * RELATIVE);
        }
    }

    @Test
    void negativeIntegerParameterGivesAPolynomial() {
        double b = 1.7;
        double c = 2.9;
        double z = 0.98;
        double expected = 1 - 2 * b * z / c + b * (b + 1) * z * z / (c * (c + 1));
        assertEquals(expected, Hypergeometric2F1.value(-2, b, c, z), 1e-15);
    }

    @Test
    void isOneAtZero() {
        assertEquals(1.0, Hypergeometric2F1.value(3.3, -0.4, 7.1, 0));
    }

    @Test
    void rejectsArgumentsOutsideItsDomain() {
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric2F1.value(1, 1, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric2F1.value(1, 1, 2, -0.1));
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric2F1.value(1, 1, -3, 0.5));
    }
}
