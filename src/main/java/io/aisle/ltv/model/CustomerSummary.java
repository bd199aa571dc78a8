package io.aisle.ltv.model;

import java.util.Objects;

/**
 * What the BG/NBD and Gamma-Gamma models know about a customer (Fader, Hardie &amp; Lee 2005, §2):
 * the frequency x (repeat purchases, i.e. purchase days after the first), the recency t<sub>x</sub>
 * (time from first to last purchase), the age T (time from first purchase to the end of the
 * calibration period) and the mean value of the repeat purchases (0 when x = 0, since the first
 * purchase is excluded from the spend model). Times are in one {@link TimeScale}.
 */
public record CustomerSummary(String customerId, int frequency, double recency, double age, double monetaryValue) {

    public CustomerSummary {
        Objects.requireNonNull(customerId, "customerId");
        if (frequency < 0) {
            throw new IllegalArgumentException("frequency must be >= 0, was " + frequency);
        }
        if (!(recency >= 0 && recency <= age && Double.isFinite(age))) {
            throw new IllegalArgumentException("need 0 <= recency <= age, was recency " + recency + ", age " + age);
        }
        if (frequency == 0 && recency != 0) {
            throw new IllegalArgumentException("a customer without repeat purchases has recency 0, was " + recency);
        }
        if (!Double.isFinite(monetaryValue)) {
            throw new IllegalArgumentException("monetaryValue must be finite, was " + monetaryValue);
        }
    }
}
