package io.aisle.ltv.model;

import org.hipparchus.special.Gamma;

/**
 * Products and quotients of gamma functions of any real argument, such as
 * Γ(c)Γ(c−a−b) / (Γ(c−a)Γ(c−b)) in the connection formulas of 2F1.
 * Worked out in log space because the single factors overflow long before their ratio does
 * (Γ(172) is already beyond a double).
 */
final class GammaRatio {

    private GammaRatio() {
    }

    /**
     * Π Γ(numerator) / Π Γ(denominator). A denominator at a pole (0, −1, −2, …) makes the whole
     * ratio 0, which is the limit the connection formulas rely on (1/Γ is entire).
     *
     * @throws ArithmeticException when a numerator sits on a pole
     */
    static double of(double[] numerators, double[] denominators) {
        double logMagnitude = 0;
        int sign = 1;
        for (double x : denominators) {
            if (isPole(x)) {
                return 0;
            }
            logMagnitude -= logAbsGamma(x);
            sign *= gammaSign(x);
        }
        for (double x : numerators) {
            if (isPole(x)) {
                throw new ArithmeticException("Γ(" + x + ") is a pole");
            }
            logMagnitude += logAbsGamma(x);
            sign *= gammaSign(x);
        }
        return sign * Math.exp(logMagnitude);
    }

    static boolean isPole(double x) {
        return x <= 0 && x == Math.rint(x);
    }

    /** ln|Γ(x)|; for x < 0 through the reflection formula Γ(x)Γ(1−x) = π / sin(πx). */
    static double logAbsGamma(double x) {
        if (x > 0) {
            return Gamma.logGamma(x);
        }
        return Math.log(Math.PI) - Math.log(Math.abs(sinPi(x))) - Gamma.logGamma(1 - x);
    }

    private static int gammaSign(double x) {
        return x > 0 || sinPi(x) > 0 ? 1 : -1;
    }

    /**
     * sin(πx) from the distance to the nearest integer n, sin(πx) = (−1)ⁿ sin(π(x−n)): x − n is
     * exact, whereas π·x rounds away the digits that matter next to an integer.
     */
    static double sinPi(double x) {
        double nearest = Math.rint(x);
        double sine = Math.sin(Math.PI * (x - nearest));
        return nearest % 2 == 0 ? sine : -sine;
    }
}
