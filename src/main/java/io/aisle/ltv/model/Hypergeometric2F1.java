package io.aisle.ltv.model;

import org.hipparchus.special.Gamma;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) for real parameters and 0 ≤ z < 1, the range
 * the BG/NBD expectations need (Fader, Hardie &amp; Lee 2005, eqs. 9 and 10). Equation numbers
 * "A&amp;S" are Abramowitz &amp; Stegun, Handbook of Mathematical Functions, chapter 15.
 *
 * <p>How it is evaluated:
 * <ul>
 *   <li>z ≤ 1/2: the defining series (A&amp;S 15.1.1), whose terms shrink at least like 2<sup>−n</sup>
 *       once n exceeds the parameters.</li>
 *   <li>z &gt; 1/2: the series is still tried, under a budget of terms, because when c − a − b is
 *       large (a frequent buyer in eq. 10) it converges fast even next to z = 1.</li>
 *   <li>otherwise it is continued to w = 1 − z &lt; 1/2 by A&amp;S 15.3.6, whose two series in w
 *       converge geometrically. That formula has Γ(c−a−b) and Γ(a+b−c) in it, which blow up with
 *       opposite signs as c − a − b approaches an integer m, so there the digamma series of A&amp;S
 *       15.3.10 (m = 0) and 15.3.11 (m &gt; 0) take over, and within {@value #NEAR_INTEGER} of m (less
 *       for tiny w) the value is interpolated quadratically between m and the window's edges, where
 *       15.3.6 still keeps about 12 digits. In BG/NBD c − a − b = r + x + 1 − a hits integers whenever a − r does,
 *       e.g. r = 0.5, a = 1.5.</li>
 * </ul>
 * Accurate to about 1e-12 relative where the terms do not alternate wildly, which holds for the
 * BG/NBD arguments (a &gt; 0, b &gt; −1, c &gt; 0); checked against mpmath in the tests.
 */
public final class Hypergeometric2F1 {

    private static final double EPSILON = 1e-16;
    private static final double SERIES_ALWAYS_BELOW = 0.5;
    private static final int SERIES_BUDGET_NEAR_ONE = 500;
    private static final int MAX_TERMS = 1_000_000;
    private static final double NEAR_INTEGER = 1e-4;

    private Hypergeometric2F1() {
    }

    public static double value(double a, double b, double c, double z) {
        if (!(z >= 0 && z < 1)) {
            throw new IllegalArgumentException("2F1 is implemented for 0 <= z < 1, not z = " + z);
        }
        if (GammaRatio.isPole(c)) {
            throw new IllegalArgumentException("2F1 is undefined for c = " + c);
        }
        if (z == 0 || a == 0 || b == 0) {
            return 1;
        }
        if (z <= SERIES_ALWAYS_BELOW || GammaRatio.isPole(a) || GammaRatio.isPole(b)) {
            // a or b a non-positive integer: the series is a polynomial, exact everywhere
            return series(a, b, c, z, MAX_TERMS);
        }
        double direct = series(a, b, c, z, SERIES_BUDGET_NEAR_ONE);
        return Double.isNaN(direct) ? nearOne(a, b, c, z) : direct;
    }

    private static double nearOne(double a, double b, double c, double z) {
        double w = 1 - z;
        double excess = c - a - b;
        if (excess < 0) {
            // Euler's transformation (A&S 15.3.3) turns c − a − b positive, the case handled below
            return Math.pow(w, excess) * nearOne(c - a, c - b, c, z);
        }
        if (GammaRatio.isPole(a) || GammaRatio.isPole(b)) {
            return series(a, b, c, z, MAX_TERMS);
        }
        long m = Math.round(excess);
        double offset = excess - m;
        // the interpolation error grows like (width · ln w)³, so the window narrows as w → 0
        double width = NEAR_INTEGER / Math.max(1, -Math.log(w) / 3);
        if (Math.abs(offset) > width) {
            return connection(a, b, c, w);
        }
        double atInteger = integerExcess(a, b, (int) m, w);
        if (offset == 0) {
            return atInteger;
        }
        double integerC = a + b + m;
        double below = connection(a, b, integerC - width, w);
        double above = connection(a, b, integerC + width, w);
        double u = offset / width;
        return atInteger + u * (above - below) / 2 + u * u * (above - 2 * atInteger + below) / 2;
    }

    /** A&amp;S 15.3.6, for c − a − b not an integer. */
    private static double connection(double a, double b, double c, double w) {
        double excess = c - a - b;
        double regular = GammaRatio.of(new double[] {c, excess}, new double[] {c - a, c - b});
        double singular = GammaRatio.of(new double[] {c, -excess}, new double[] {a, b});
        double sum = 0;
        if (regular != 0) {
            sum += regular * series(a, b, 1 - excess, w, MAX_TERMS);
        }
        if (singular != 0) {
            sum += singular * Math.pow(w, excess) * series(c - a, c - b, excess + 1, w, MAX_TERMS);
        }
        return sum;
    }

    /** A&amp;S 15.3.10 (m = 0) and 15.3.11 (m = 1, 2, …): c = a + b + m. */
    private static double integerExcess(double a, double b, int m, double w) {
        double finitePart = 0;
        double finiteFactor = m == 0 ? 0 : GammaRatio.of(new double[] {m, a + b + m}, new double[] {a + m, b + m});
        if (finiteFactor != 0) {
            double term = 1;
            double sum = 1;
            for (int n = 0; n < m - 1; n++) {
                term *= (a + n) * (b + n) / ((n + 1) * (1.0 - m + n)) * w;
                sum += term;
            }
            finitePart = finiteFactor * sum;
        }
        // the 1/m! of the series' first coefficient is folded into the factor as Γ(m+1)
        double factor = -Math.pow(-w, m) * GammaRatio.of(new double[] {a + b + m}, new double[] {a, b, m + 1.0});
        return finitePart + factor * digammaSeries(a + m, b + m, m, w);
    }

    /** Σ (a')ₙ(b')ₙ m!/(n!(n+m)!) wⁿ [ln w − ψ(n+1) − ψ(n+m+1) + ψ(a'+n) + ψ(b'+n)] with a' = a+m, b' = b+m. */
    private static double digammaSeries(double shiftedA, double shiftedB, int m, double w) {
        double logW = Math.log(w);
        double psiN = -Gamma.GAMMA;
        double psiNm = -Gamma.GAMMA;
        for (int k = 1; k <= m; k++) {
            psiNm += 1.0 / k;
        }
        double psiA = Digamma.value(shiftedA);
        double psiB = Digamma.value(shiftedB);
        double coefficient = 1;
        double sum = 0;
        for (int n = 0; n < MAX_TERMS; n++) {
            double term = coefficient * (logW - psiN - psiNm + psiA + psiB);
            sum += term;
            double ratio = (shiftedA + n) * (shiftedB + n) / ((n + 1.0) * (n + m + 1.0)) * w;
            if (converged(term, ratio, w, sum)) {
                return sum;
            }
            coefficient *= ratio;
            psiN += 1.0 / (n + 1);
            psiNm += 1.0 / (n + m + 1);
            psiA += 1 / (shiftedA + n);
            psiB += 1 / (shiftedB + n);
        }
        throw new ArithmeticException("2F1 digamma series did not converge for w = " + w);
    }

    /**
     * The defining series Σ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ, or NaN when it has not converged within
     * {@code maxTerms} (the caller then switches method); throws only when {@code maxTerms} is the
     * hard limit.
     */
    private static double series(double a, double b, double c, double z, int maxTerms) {
        double term = 1;
        double sum = 1;
        for (int n = 0; n < maxTerms; n++) {
            double ratio = (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            term *= ratio;
            sum += term;
            if (term == 0 || converged(term, ratio, z, sum)) {
                return sum;
            }
        }
        if (maxTerms == MAX_TERMS) {
            throw new ArithmeticException("2F1 series did not converge for z = " + z);
        }
        return Double.NaN;
    }

    /**
     * The tail after {@code term} is bounded by a geometric series whose ratio is the larger of the
     * current term ratio and its limit z (the ratios approach z monotonically once n exceeds the
     * parameters).
     */
    private static boolean converged(double term, double ratio, double z, double sum) {
        double bound = Math.max(Math.abs(ratio), z);
        return bound < 1 && Math.abs(term) * bound / (1 - bound) <= EPSILON * Math.abs(sum);
    }
}
