package io.aisle.ltv.features;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Event-log activity in the 30 and 90 days before the cutoff, log-scaled counts. */
final class ActivityFeatures {

    static final List<String> NAMES = List.of(
            "views_30d_log", "searches_30d_log", "add_to_carts_30d_log", "chat_turns_30d_log",
            "views_90d_log", "searches_90d_log", "add_to_carts_90d_log", "chat_turns_90d_log");

    private ActivityFeatures() {
    }

    static double[] compute(List<DailyActivity> activity, Instant cutoff) {
        double[] last30 = counts(activity, cutoff.minus(Duration.ofDays(30)), cutoff);
        double[] last90 = counts(activity, cutoff.minus(Duration.ofDays(90)), cutoff);
        double[] f = new double[NAMES.size()];
        for (int i = 0; i < 4; i++) {
            f[i] = Math.log1p(last30[i]);
            f[i + 4] = Math.log1p(last90[i]);
        }
        return f;
    }

    private static double[] counts(List<DailyActivity> activity, Instant from, Instant to) {
        double[] c = new double[4];
        for (DailyActivity a : activity) {
            if (!a.day().isBefore(from) && a.day().isBefore(to)) {
                c[0] += a.views();
                c[1] += a.searches();
                c[2] += a.addToCarts();
                c[3] += a.chatTurns();
            }
        }
        return c;
    }
}
