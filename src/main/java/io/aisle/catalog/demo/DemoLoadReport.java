package io.aisle.catalog.demo;

import java.util.Map;

/**
 * What a demo-store load did. {@code created} counts rows new to each table (all zero when the
 * data was there already); {@code rejected} counts dataset rows by reason.
 */
public record DemoLoadReport(
        boolean skipped,
        String sha256,
        long rowsRead,
        long orderLinesLoaded,
        long rowsRejected,
        Map<String, Long> rejected,
        Map<String, Long> created,
        double seconds) {
}
