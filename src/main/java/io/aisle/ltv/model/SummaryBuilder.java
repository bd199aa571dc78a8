package io.aisle.ltv.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Turns transactions into the (x, t<sub>x</sub>, T, mean value) summaries of {@link CustomerSummary},
 * following the conventions of {@code summary_data_from_transaction_data} and
 * {@code calibration_and_holdout_data} in the Python {@code lifetimes} package, which reproduce the
 * published CDNOW summaries exactly:
 * <ul>
 *   <li>transactions are netted per calendar day and a day counts once ({@link PurchaseDays} has the
 *       rule for returns and zero amounts);</li>
 *   <li>frequency = purchase days − 1, recency = last − first purchase day, age = calibration end −
 *       first purchase day; the calibration end day itself belongs to the calibration period;</li>
 *   <li>the monetary value is the mean net amount of the repeat purchase days (the first is left out,
 *       as the Gamma-Gamma model describes repeat spend);</li>
 *   <li>customers are left out when they have no purchase day up to the calibration end: they were
 *       acquired later, or only ever returned goods (no first purchase, so no age);</li>
 *   <li>the holdout window runs from the day after the calibration end to {@code holdoutEnd}
 *       inclusive; later transactions are ignored.</li>
 * </ul>
 * Results are sorted by customer id.
 */
public final class SummaryBuilder {

    private final LocalDate calibrationEnd;
    private final TimeScale scale;

    public SummaryBuilder(LocalDate calibrationEnd, TimeScale scale) {
        this.calibrationEnd = Objects.requireNonNull(calibrationEnd, "calibrationEnd");
        this.scale = Objects.requireNonNull(scale, "scale");
    }

    public List<CustomerSummary> summarise(Collection<Transaction> transactions) {
        return perCustomer(transactions, (id, days) -> calibration(id, days.headMap(calibrationEnd, true)));
    }

    public List<CalibrationAndHoldout> summariseWithHoldout(Collection<Transaction> transactions, LocalDate holdoutEnd) {
        if (!holdoutEnd.isAfter(calibrationEnd)) {
            throw new IllegalArgumentException("holdout end " + holdoutEnd + " must be after " + calibrationEnd);
        }
        double holdoutLength = scale.between(calibrationEnd, holdoutEnd);
        return perCustomer(transactions, (id, days) -> {
            CustomerSummary calibration = calibration(id, days.headMap(calibrationEnd, true));
            if (calibration == null) {
                return null;
            }
            Map<LocalDate, Double> holdout = days.subMap(calibrationEnd, false, holdoutEnd, true);
            return new CalibrationAndHoldout(calibration, holdout.size(),
                    PurchaseDays.meanValue(holdout.values()), holdoutLength);
        });
    }

    /** Applies {@code summary} to each customer's purchase days, dropping customers it returns null for. */
    private static <S> List<S> perCustomer(Collection<Transaction> transactions,
                                           BiFunction<String, NavigableMap<LocalDate, Double>, S> summary) {
        Map<String, List<Transaction>> byCustomer = new TreeMap<>();
        for (Transaction t : transactions) {
            byCustomer.computeIfAbsent(t.customerId(), id -> new ArrayList<>()).add(t);
        }
        List<S> summaries = new ArrayList<>(byCustomer.size());
        byCustomer.forEach((id, customerTransactions) -> {
            S s = summary.apply(id, PurchaseDays.of(customerTransactions));
            if (s != null) {
                summaries.add(s);
            }
        });
        return summaries;
    }

    private CustomerSummary calibration(String customerId, NavigableMap<LocalDate, Double> days) {
        if (days.isEmpty()) {
            return null;
        }
        LocalDate first = days.firstKey();
        Collection<Double> repeatValues = days.tailMap(first, false).values();
        return new CustomerSummary(customerId, days.size() - 1, scale.between(first, days.lastKey()),
                scale.between(first, calibrationEnd), PurchaseDays.meanValue(repeatValues));
    }
}
