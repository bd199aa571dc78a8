/**
 * Customer lifetime value: BG/NBD + Gamma-Gamma, a deep ZILN model, value tiers and churn risk, retrained from orders and the event log. Arrives with the LTV issue.
 */
package io.aisle.ltv;
