package io.aisle.ltv.features;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The purchase-derived columns: RFM, inter-purchase times, order values, basket size, returns,
 * tenure and recent value. Heavy-tailed quantities are log-scaled (log1p, signed for net values
 * that can be negative) so that a few big spenders do not dominate the standardisation.
 * A customer without orders before the cutoff gets zeros for everything derived from orders.
 */
final class PurchaseFeatures {

    static final List<String> NAMES = List.of(
            "recency_days_log", "orders_log", "net_total_slog",
            "order_value_mean_log", "order_value_max_log", "order_value_std_log", "last_order_value_log",
            "gap_mean_days_log", "gap_std_days_log", "overdue_ratio_log", "repeat_buyer",
            "basket_items_mean_log", "returns_share", "tenure_days_log",
            "value_30d_slog", "value_90d_slog", "orders_90d_log",
            "orders_per_30d_log", "recency_share_of_tenure");

    private static final double SECONDS_PER_DAY = 86_400.0;

    private PurchaseFeatures() {
    }

    /** @param past transactions before {@code cutoff}, oldest first */
    static double[] compute(List<Transaction> past, Instant cutoff) {
        double[] f = new double[NAMES.size()];
        if (past.isEmpty()) {
            return f;
        }
        List<Transaction> orders = past.stream().filter(Transaction::isOrder).toList();
        f[2] = signedLog(past.stream().mapToDouble(Transaction::amount).sum());
        double tenure = days(past.get(0).time(), cutoff);
        f[13] = Math.log1p(tenure);
        f[14] = signedLog(netSince(past, cutoff.minus(Duration.ofDays(30))));
        f[15] = signedLog(netSince(past, cutoff.minus(Duration.ofDays(90))));
        f[12] = returnsShare(past);
        if (orders.isEmpty()) {
            return f;
        }
        Stats values = Stats.of(orders.stream().mapToDouble(Transaction::amount).toArray());
        Transaction last = orders.get(orders.size() - 1);
        double sinceLast = days(last.time(), cutoff);
        f[0] = Math.log1p(sinceLast);
        f[1] = Math.log1p(orders.size());
        f[3] = Math.log1p(values.mean());
        f[4] = Math.log1p(values.max());
        f[5] = Math.log1p(values.std());
        f[6] = Math.log1p(last.amount());
        if (orders.size() >= 2) {
            Stats gaps = Stats.of(gaps(orders));
            f[7] = Math.log1p(gaps.mean());
            f[8] = Math.log1p(gaps.std());
            // how overdue the next order is, in units of the customer's own rhythm
            f[9] = gaps.mean() > 0 ? Math.log1p(sinceLast / gaps.mean()) : 0;
            f[10] = 1;
        }
        f[11] = Math.log1p(orders.stream().mapToInt(Transaction::itemCount).average().orElse(0));
        Instant since90 = cutoff.minus(Duration.ofDays(90));
        f[16] = Math.log1p(orders.stream().filter(t -> !t.time().isBefore(since90)).count());
        // rates relative to the customer's own tenure carry over between cutoffs (training and
        // scoring) better than absolute day counts, which grow with the cutoff
        f[17] = Math.log1p(30 * orders.size() / Math.max(tenure, 1));
        f[18] = tenure > 0 ? sinceLast / tenure : 0;
        return f;
    }

    private static double[] gaps(List<Transaction> orders) {
        double[] gaps = new double[orders.size() - 1];
        for (int i = 1; i < orders.size(); i++) {
            gaps[i - 1] = days(orders.get(i - 1).time(), orders.get(i).time());
        }
        return gaps;
    }

    /** Returned value as a share of the gross ordered value, in [0, 1]. */
    private static double returnsShare(List<Transaction> past) {
        double gross = past.stream().filter(Transaction::isOrder).mapToDouble(Transaction::amount).sum();
        double returned = -past.stream().filter(Transaction::isReturn).mapToDouble(Transaction::amount).sum();
        return gross > 0 ? Math.min(1, returned / gross) : (returned > 0 ? 1 : 0);
    }

    private static double netSince(List<Transaction> past, Instant from) {
        return past.stream().filter(t -> !t.time().isBefore(from)).mapToDouble(Transaction::amount).sum();
    }

    static double days(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0 / SECONDS_PER_DAY;
    }

    static double signedLog(double x) {
        return Math.signum(x) * Math.log1p(Math.abs(x));
    }

    /** Mean, population standard deviation and maximum of a non-empty sample. */
    record Stats(double mean, double std, double max) {

        static Stats of(double[] xs) {
            double mean = 0;
            double max = Double.NEGATIVE_INFINITY;
            for (double x : xs) {
                mean += x / xs.length;
                max = Math.max(max, x);
            }
            double var = 0;
            for (double x : xs) {
                var += (x - mean) * (x - mean) / xs.length;
            }
            return new Stats(mean, Math.sqrt(var), max);
        }
    }
}
