package io.aisle.ltv.model;

import java.util.stream.IntStream;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * The BG/NBD log-likelihood, eq. 6 of Fader, Hardie &amp; Lee (2005), in the form of their note
 * "Implementing the BG/NBD Model for Customer Base Analysis in Excel" (note 004):
 * ln L = ln A₁ + ln A₂ + ln(A₃ + δ<sub>x&gt;0</sub> A₄) with
 * <pre>
 *   ln A₁ = lnΓ(r+x) − lnΓ(r) + r ln α
 *   ln A₂ = ln B(a, b+x) − ln B(a, b)              (= lnΓ(a+b) + lnΓ(b+x) − lnΓ(b) − lnΓ(a+b+x))
 *   ln A₃ = −(r+x) ln(α+T)
 *   ln A₄ = ln(a/(b+x−1)) − (r+x) ln(α+t<sub>x</sub>)
 * </pre>
 * Every factor stays a logarithm and the sum A₃ + A₄ is taken by log-sum-exp, because for frequent
 * buyers (α+T)<sup>−(r+x)</sup> and Γ(r+x) leave the range of a double long before ln L does.
 */
final class BgNbdLikelihood {

    private BgNbdLikelihood() {
    }

    static double individual(BgNbdModel m, int x, double tx, double T) {
        double logDropout = x > 0 ? Math.log(m.a() / (m.b() + x - 1)) : 0;
        return frequencyTerms(m, x)
                + timingTerms(m.r(), x, logDropout, Math.log(m.alpha() + tx), Math.log(m.alpha() + T));
    }

    /** Σ count · ln L over the patterns; terms that depend on x alone or on one time value are tabulated once. */
    static double total(BgNbdModel m, PurchasePatterns patterns) {
        double[] frequencyTerms = new double[patterns.maxFrequency + 1];
        double[] logDropout = new double[patterns.maxFrequency + 1];
        for (int x = 0; x <= patterns.maxFrequency; x++) {
            frequencyTerms[x] = frequencyTerms(m, x);
            logDropout[x] = x > 0 ? Math.log(m.a() / (m.b() + x - 1)) : 0;
        }
        double[] logAlphaPlusTime = new double[patterns.times.length];
        for (int k = 0; k < logAlphaPlusTime.length; k++) {
            logAlphaPlusTime[k] = Math.log(m.alpha() + patterns.times[k]);
        }
        return IntStream.range(0, patterns.size()).parallel().mapToDouble(i -> {
            int x = patterns.frequency[i];
            return patterns.count[i] * (frequencyTerms[x] + timingTerms(m.r(), x, logDropout[x],
                    logAlphaPlusTime[patterns.recencyIndex[i]], logAlphaPlusTime[patterns.ageIndex[i]]));
        }).sum();
    }

    /** ln A₁ + ln A₂. */
    private static double frequencyTerms(BgNbdModel m, int x) {
        return Gamma.logGamma(m.r() + x) - Gamma.logGamma(m.r()) + m.r() * Math.log(m.alpha())
                + Beta.logBeta(m.a(), m.b() + x) - Beta.logBeta(m.a(), m.b());
    }

    /** ln(A₃ + δ<sub>x&gt;0</sub> A₄), given ln(α + t<sub>x</sub>) and ln(α + T). */
    private static double timingTerms(double r, int x, double logDropout, double logAlphaPlusRecency, double logAlphaPlusAge) {
        double logA3 = -(r + x) * logAlphaPlusAge;
        if (x == 0) {
            return logA3;
        }
        double logA4 = logDropout - (r + x) * logAlphaPlusRecency;
        double larger = Math.max(logA3, logA4);
        return larger + Math.log1p(Math.exp(-Math.abs(logA3 - logA4)));
    }
}
