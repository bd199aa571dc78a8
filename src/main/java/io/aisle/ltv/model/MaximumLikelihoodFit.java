package io.aisle.ltv.model;

/**
 * A fitted model with the maximised log-likelihood, the number of customers it was fitted on and the
 * likelihood evaluations the optimiser spent.
 */
public record MaximumLikelihoodFit<M>(M model, double logLikelihood, int customers, int evaluations) {
}
