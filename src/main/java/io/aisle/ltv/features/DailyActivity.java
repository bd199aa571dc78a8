package io.aisle.ltv.features;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer's event-log activity counted per day. Daily buckets rather than ready-made 30/90-day
 * counts so that the same history serves features at any cutoff (training and scoring cutoffs differ).
 *
 * @param day start of the day (UTC) the counts belong to
 */
public record DailyActivity(Instant day, int views, int searches, int addToCarts, int chatTurns) {

    public DailyActivity {
        Objects.requireNonNull(day, "day");
    }
}
