package io.aisle.ltv.deep;

/**
 * The predicted distribution of one customer's value in the next window: zero with probability
 * 1 - p, otherwise lognormal(mu, sigma).
 *
 * @param probability p, the chance of buying again in the window
 * @param valueCap    upper bound on the value if the customer buys: the largest label the model
 *                    was trained on (see {@link #valueIfBuying})
 */
public record ZilnPrediction(double probability, double mu, double sigma, double valueCap) {

    /** Turns the network's raw outputs (logit, mu, pre-softplus sigma) into the distribution. */
    static ZilnPrediction fromOutputs(float logit, float mu, float rawSigma, double valueCap) {
        double p = 1 / (1 + Math.exp(-logit));
        double softplus = Math.max(rawSigma, 0) + Math.log1p(Math.exp(-Math.abs(rawSigma)));
        return new ZilnPrediction(p, mu, Math.max(softplus, ZilnLoss.SIGMA_FLOOR), valueCap);
    }

    /**
     * The lognormal mean exp(mu + sigma^2 / 2), at most {@link #valueCap}. Why the cap: the
     * lognormal part of the loss only sees customers who bought again, so where the training set
     * has hardly any (on Online Retail: a few customers who placed one huge order and cancelled
     * it) mu and sigma are unconstrained extrapolations; for some seeds one such customer's mean
     * came out at 10^14 and the predicted total at 10^7 times the actual one.
     */
    public double valueIfBuying() {
        return Math.min(valueCap, Math.exp(mu + sigma * sigma / 2));
    }

    /** E[value] = p * exp(mu + sigma^2 / 2), with the cap of {@link #valueIfBuying}. */
    public double expectedValue() {
        return probability * valueIfBuying();
    }
}
