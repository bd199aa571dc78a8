package io.aisle.ltv.model;

import java.util.List;
import org.hipparchus.special.Gamma;

/**
 * The Gamma-Gamma model of spend per transaction: Fader, Hardie &amp; Lee (2005), "RFM and CLV: Using
 * Iso-Value Curves for Customer Base Analysis", Journal of Marketing Research 42(4), 415–430, as set
 * out in Fader &amp; Hardie, "The Gamma-Gamma Model of Monetary Value" (note 025). A customer's
 * transaction values are Gamma(p, ν) around their own mean p/ν, and ν ~ Gamma(q, γ) across customers;
 * γ is called v here, as in {@code lifetimes}. Fitted on the mean value m<sub>x</sub> of the x repeat
 * purchases of customers with x &gt; 0; spend is assumed independent of the purchase process.
 */
public record GammaGammaModel(double p, double q, double v) {

    public GammaGammaModel {
        for (double parameter : new double[] {p, q, v}) {
            if (!(parameter > 0 && Double.isFinite(parameter))) {
                throw new IllegalArgumentException("Gamma-Gamma parameters must be positive and finite: " + this);
            }
        }
    }

    /**
     * Maximum-likelihood fit on the customers with repeat purchases of positive mean value. The others
     * carry no spend information (x = 0), or a mean of 0 (only free orders) that a gamma density
     * cannot produce.
     */
    public static MaximumLikelihoodFit<GammaGammaModel> fit(List<CustomerSummary> customers) {
        List<CustomerSummary> spenders = spenders(customers);
        if (spenders.isEmpty()) {
            throw new IllegalArgumentException("no customer with repeat purchases of positive value");
        }
        double meanSpend = spenders.stream().mapToDouble(CustomerSummary::monetaryValue).average().orElseThrow();
        // starts whose population mean pγ/(q−1) equals the observed mean, from little to much heterogeneity
        List<double[]> starts = List.of(
                new double[] {1, 2, meanSpend},
                new double[] {5, 4, meanSpend * 3 / 5},
                new double[] {0.5, 1.5, meanSpend});
        MaximumLikelihood.Estimate estimate = MaximumLikelihood.maximise(
                params -> new GammaGammaModel(params[0], params[1], params[2]).logLikelihood(spenders), starts);
        double[] params = estimate.parameters();
        return new MaximumLikelihoodFit<>(new GammaGammaModel(params[0], params[1], params[2]),
                estimate.logLikelihood(), spenders.size(), estimate.evaluations());
    }

    /**
     * ln f(m<sub>x</sub> | p, q, γ, x), note 025 eq. 1a:
     * lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1) ln m<sub>x</sub> + px ln x − (px+q) ln(γ + x m<sub>x</sub>).
     */
    public double logLikelihood(int x, double mx) {
        if (x <= 0 || !(mx > 0)) {
            throw new IllegalArgumentException("the spend likelihood needs x > 0 and m > 0, was x " + x + ", m " + mx);
        }
        double px = p * x;
        return Gamma.logGamma(px + q) - Gamma.logGamma(px) - Gamma.logGamma(q) + q * Math.log(v)
                + (px - 1) * Math.log(mx) + px * Math.log(x) - (px + q) * Math.log(v + x * mx);
    }

    /** Σ ln f over the customers with repeat purchases of positive value, the quantity {@link #fit} maximises. */
    public double logLikelihood(List<CustomerSummary> customers) {
        return spenders(customers).stream().mapToDouble(c -> logLikelihood(c.frequency(), c.monetaryValue())).sum();
    }

    /**
     * E[M | p, q, γ, m<sub>x</sub>, x] = (γ + x m<sub>x</sub>) p / (px + q − 1), note 025 eq. 5: a weighted
     * average of the population mean pγ/(q−1) and the customer's own mean, the latter weighing more
     * the more purchases it rests on. With x = 0 it is the population mean, which needs q &gt; 1.
     */
    public double conditionalExpectedAverageValue(int x, double mx) {
        double denominator = p * x + q - 1;
        if (!(denominator > 0)) {
            throw new IllegalStateException("the expected spend is infinite for q <= 1 - p x: " + this + ", x " + x);
        }
        return (v + x * mx) * p / denominator;
    }

    /**
     * Discounted expected value of the next {@code horizonMonths} months, computed like
     * {@code customer_lifetime_value} in {@code lifetimes}: Σ<sub>m</sub> E[M] · (E[Y(m·u)] − E[Y((m−1)·u)])
     * / (1 + d)<sup>m</sup> with u = {@code timeUnitsPerMonth}, E[Y] from eq. 10 of the BG/NBD model and
     * E[M] from {@link #conditionalExpectedAverageValue}.
     */
    public double customerLifetimeValue(BgNbdModel bgnbd, int x, double tx, double T, double mx,
                                        int horizonMonths, double monthlyDiscountRate, double timeUnitsPerMonth) {
        double valuePerPurchase = conditionalExpectedAverageValue(x, mx);
        double value = 0;
        double purchasesSoFar = 0;
        for (int month = 1; month <= horizonMonths; month++) {
            double purchases = bgnbd.conditionalExpectedPurchases(month * timeUnitsPerMonth, x, tx, T);
            value += valuePerPurchase * (purchases - purchasesSoFar) / Math.pow(1 + monthlyDiscountRate, month);
            purchasesSoFar = purchases;
        }
        return value;
    }

    /** {@link #customerLifetimeValue(BgNbdModel, int, double, double, double, int, double, double)} for many customers, in parallel. */
    public double[] customerLifetimeValue(BgNbdModel bgnbd, List<CustomerSummary> customers,
                                          int horizonMonths, double monthlyDiscountRate, double timeUnitsPerMonth) {
        return Batch.map(customers, c -> customerLifetimeValue(bgnbd, c.frequency(), c.recency(), c.age(),
                c.monetaryValue(), horizonMonths, monthlyDiscountRate, timeUnitsPerMonth));
    }

    private static List<CustomerSummary> spenders(List<CustomerSummary> customers) {
        return customers.stream().filter(c -> c.frequency() > 0 && c.monetaryValue() > 0).toList();
    }
}
