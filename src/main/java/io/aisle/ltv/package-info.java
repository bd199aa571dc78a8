/**
 * Customer lifetime value: BG/NBD + Gamma-Gamma, a deep ZILN model, value tiers and churn risk, retrained from orders and the event log.
 */
package io.aisle.ltv;
