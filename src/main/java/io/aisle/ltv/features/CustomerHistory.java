package io.aisle.ltv.features;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything known about one customer, not cut at any date: the feature builder and the labels
 * look only at the part before (or after) the cutoff they are given, so the same history serves
 * training and scoring cutoffs.
 *
 * @param transactions in any order; stored sorted by time
 * @param activity     daily event-log counts; empty when the source has no event log
 */
public record CustomerHistory(String customerId, List<Transaction> transactions, List<DailyActivity> activity) {

    public CustomerHistory {
        Objects.requireNonNull(customerId, "customerId");
        transactions = transactions.stream().sorted(Comparator.comparing(Transaction::time)).toList();
        activity = activity == null ? List.of() : List.copyOf(activity);
    }

    public CustomerHistory(String customerId, List<Transaction> transactions) {
        this(customerId, transactions, List.of());
    }

    /** Transactions strictly before {@code cutoff}, oldest first. */
    public List<Transaction> before(Instant cutoff) {
        return transactions.stream().filter(t -> t.time().isBefore(cutoff)).toList();
    }

    /** Whether the customer had any transaction (even a $0 one) before {@code cutoff}: acquired by then. */
    public boolean hasTransactionBefore(Instant cutoff) {
        return !transactions.isEmpty() && transactions.get(0).time().isBefore(cutoff);
    }

    /** Net value in {@code [from, to)}, floored at 0: the label, and the last-period baseline. */
    public double valueIn(Instant from, Instant to) {
        double sum = transactions.stream()
                .filter(t -> !t.time().isBefore(from) && t.time().isBefore(to))
                .mapToDouble(Transaction::amount)
                .sum();
        return Math.max(0, sum);
    }
}
