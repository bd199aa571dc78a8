package io.aisle.ltv.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One customer's purchase days with their net amounts. The models count purchase occasions, not
 * order lines, so a day's transactions are netted into one amount (as {@code lifetimes} does), and
 * returns are handled by this rule:
 * <ul>
 *   <li>a day whose net amount is positive is a purchase (a partial return only lowers its value);</li>
 *   <li>a day with a return whose net is zero or negative is not a purchase: it either cancelled that
 *       day's purchase or refunded an earlier one. A refund of an earlier day is not subtracted from
 *       that day, because which purchase it belongs to is unknown and the spend model describes the
 *       value of purchases as made;</li>
 *   <li>a day with only zero amounts (a free order) is a purchase: CDNOW has eight customers whose only
 *       order was $0.00, and the published summaries count them.</li>
 * </ul>
 */
final class PurchaseDays {

    /** Summing decimal amounts in binary leaves crumbs like 5.5e-17 where a purchase and its refund cancel. */
    private static final double ZERO_NET = 1e-9;

    private PurchaseDays() {
    }

    /** The purchase days of one customer's transactions, in date order, each with its net amount. */
    static NavigableMap<LocalDate, Double> of(Collection<Transaction> transactions) {
        Map<LocalDate, double[]> netAndReturns = new TreeMap<>();
        for (Transaction t : transactions) {
            double[] day = netAndReturns.computeIfAbsent(t.date(), d -> new double[2]);
            day[0] += t.amount();
            if (t.amount() < 0) {
                day[1] = 1;
            }
        }
        NavigableMap<LocalDate, Double> purchases = new TreeMap<>();
        netAndReturns.forEach((date, day) -> {
            double net = Math.abs(day[0]) < ZERO_NET ? 0 : day[0];
            boolean hadReturn = day[1] != 0;
            if (net > 0 || (net == 0 && !hadReturn)) {
                purchases.put(date, net);
            }
        });
        return purchases;
    }

    /** Mean of the values, or 0 for none. */
    static double meanValue(Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
