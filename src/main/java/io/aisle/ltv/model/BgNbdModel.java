package io.aisle.ltv.model;

import java.util.List;

/**
 * The BG/NBD model of repeat buying: Fader, Hardie &amp; Lee (2005), "Counting Your Customers the Easy
 * Way: An Alternative to the Pareto/NBD Model", Marketing Science 24(2), 275–284. While active, a
 * customer buys as a Poisson process with rate λ ~ Gamma(r, α); after each repeat purchase they
 * drop out for good with probability p ~ Beta(a, b). Times are in one unit of the caller's choice,
 * which α carries (α in weeks is α in days / 7).
 *
 * <p>The expectations divide by a − 1 (eqs. 9, 10): at a = 1 exactly they are 0/0, and a fit never
 * lands there.
 */
public record BgNbdModel(double r, double alpha, double a, double b) {

    public BgNbdModel {
        for (double parameter : new double[] {r, alpha, a, b}) {
            if (!(parameter > 0 && Double.isFinite(parameter))) {
                throw new IllegalArgumentException("BG/NBD parameters must be positive and finite: " + this);
            }
        }
    }

    /**
     * Maximum-likelihood fit (eq. 6) over customers' (x, t<sub>x</sub>, T); see {@link BgNbdFitter}.
     */
    public static MaximumLikelihoodFit<BgNbdModel> fit(List<CustomerSummary> customers) {
        return BgNbdFitter.fit(customers);
    }

    /** ln L(r, α, a, b | x, t<sub>x</sub>, T), eq. 6 worked out in log space (see {@link BgNbdLikelihood}). */
    public double logLikelihood(int x, double tx, double T) {
        return BgNbdLikelihood.individual(this, x, tx, T);
    }

    /** Σ ln L over the customers: the quantity {@link #fit} maximises. */
    public double logLikelihood(List<CustomerSummary> customers) {
        return BgNbdLikelihood.total(this, PurchasePatterns.of(customers));
    }

    /**
     * E[X(t)], the expected repeat purchases of a randomly chosen new customer in (0, t], eq. 9.
     * That is eq. 10 for a customer of age 0 without repeat purchases, so both share one evaluation.
     */
    public double expectedPurchases(double t) {
        return conditionalExpectedPurchases(t, 0, 0, 0);
    }

    /**
     * E[Y(t) | x, t<sub>x</sub>, T], the expected repeat purchases in (T, T + t] of a customer with
     * this history, eq. 10:
     * (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))<sup>r+x</sup> ₂F₁(r+x, b+x; a+b+x−1; z)] · P(alive),
     * z = t/(α+T+t); the denominator of eq. 10 is 1/P(alive).
     */
    public double conditionalExpectedPurchases(double t, int x, double tx, double T) {
        if (!(t >= 0)) {
            throw new IllegalArgumentException("t must be >= 0, was " + t);
        }
        double z = t / (alpha + T + t);
        // Euler's transformation (A&S 15.3.3) turns (1−z)^(r+x) 2F1(r+x, b+x; c; z) into
        // (1−z)^(a−1) 2F1(a+b−1−r, a−1; c; z): the huge power and the huge 2F1 of a frequent buyer
        // cancel analytically instead of overflowing, and only c = a+b+x−1 still grows with x.
        double stillBuying = Math.pow(1 - z, a - 1) * Hypergeometric2F1.value(a + b - 1 - r, a - 1, a + b + x - 1, z);
        return (a + b + x - 1) / (a - 1) * (1 - stillBuying) * probabilityAlive(x, tx, T);
    }

    /**
     * P(alive | x, t<sub>x</sub>, T) = 1 / (1 + δ<sub>x&gt;0</sub> a/(b+x−1) ((α+T)/(α+t<sub>x</sub>))<sup>r+x</sup>):
     * Fader, Hardie &amp; Lee (2008), "Computing P(alive) using the BG/NBD model" (note 021). A customer
     * without repeat purchases cannot have dropped out, since dropout happens only after a purchase.
     */
    public double probabilityAlive(int x, double tx, double T) {
        if (x == 0) {
            return 1;
        }
        // the odds in log space: (α+T)/(α+tx) to the power r+x overflows for frequent buyers
        double logOddsDead = Math.log(a / (b + x - 1)) + (r + x) * Math.log1p((T - tx) / (alpha + tx));
        return logOddsDead > 0
                ? Math.exp(-logOddsDead) / (1 + Math.exp(-logOddsDead))
                : 1 / (1 + Math.exp(logOddsDead));
    }

    /** {@link #conditionalExpectedPurchases(double, int, double, double)} for many customers, in parallel. */
    public double[] conditionalExpectedPurchases(double t, List<CustomerSummary> customers) {
        return Batch.map(customers, c -> conditionalExpectedPurchases(t, c.frequency(), c.recency(), c.age()));
    }

    /** {@link #probabilityAlive(int, double, double)} for many customers, in parallel. */
    public double[] probabilityAlive(List<CustomerSummary> customers) {
        return Batch.map(customers, c -> probabilityAlive(c.frequency(), c.recency(), c.age()));
    }
}
