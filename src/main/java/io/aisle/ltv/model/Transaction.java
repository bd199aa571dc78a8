package io.aisle.ltv.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One order line as the summaries see it: who, on which day, for how much. A negative amount is a
 * return or refund (see {@link SummaryBuilder} for how the two are netted).
 */
public record Transaction(String customerId, LocalDate date, double amount) {

    public Transaction {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(date, "date");
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("amount must be finite, was " + amount);
        }
    }

    /**
     * An order timestamped as an instant, placed on the calendar day of the store's time zone:
     * "purchases on the same day count once" only makes sense in the zone the customer shops in.
     */
    public static Transaction at(String customerId, Instant time, ZoneId storeZone, double amount) {
        return new Transaction(customerId, LocalDate.ofInstant(time, storeZone), amount);
    }
}
