package io.aisle.ltv.features;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One order (or return / cancellation) of a customer.
 *
 * @param time       when it was placed
 * @param amount     net value; negative for returns and cancellations
 * @param itemCount  number of items (absolute, also for returns)
 * @param categories category of each line; empty when the source has no categories
 */
public record Transaction(Instant time, double amount, int itemCount, List<String> categories) {

    public Transaction {
        Objects.requireNonNull(time, "time");
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public Transaction(Instant time, double amount, int itemCount) {
        this(time, amount, itemCount, List.of());
    }

    public boolean isOrder() {
        return amount > 0;
    }

    public boolean isReturn() {
        return amount < 0;
    }
}
