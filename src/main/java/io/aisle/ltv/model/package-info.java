/**
 * Probabilistic customer-lifetime-value models, pure Java: transaction summaries
 * ({@link io.aisle.ltv.model.SummaryBuilder}), the BG/NBD model of repeat buying
 * ({@link io.aisle.ltv.model.BgNbdModel}) and the Gamma-Gamma model of spend
 * ({@link io.aisle.ltv.model.GammaGammaModel}), fitted by maximum likelihood and checked against the
 * published CDNOW figures of Fader, Hardie &amp; Lee (2005).
 */
package io.aisle.ltv.model;
