package io.aisle.ltv.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The unit in which recency, age and forecast horizons are counted. The models are indifferent to
 * it (α scales with the unit), but every figure passed to one model must use the same unit.
 */
public enum TimeScale {
    DAYS(1, 30),
    /** 4.345 weeks a month, the factor the Python {@code lifetimes} package uses for its CLV. */
    WEEKS(7, 4.345);

    private final int days;
    private final double unitsPerMonth;

    TimeScale(int days, double unitsPerMonth) {
        this.days = days;
        this.unitsPerMonth = unitsPerMonth;
    }

    /** The time from {@code from} to {@code to} in this unit; fractional for weeks (3 days = 0.43). */
    public double between(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) / (double) days;
    }

    /** How many units make the month of {@link GammaGammaModel#customerLifetimeValue}. */
    public double unitsPerMonth() {
        return unitsPerMonth;
    }
}
