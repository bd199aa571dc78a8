package io.aisle.console.review.rest;

import io.aisle.common.rest.QueryParameters;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * {@code from} and {@code to} as request parameters: a date (a whole UTC day; {@code to} includes that day) or an
 * ISO-8601 date-time with offset ({@code to} exclusive). Faults are collected under the parameter's name.
 */
record TimeRange(OffsetDateTime from, OffsetDateTime to) {

    static TimeRange read(QueryParameters params, String from, String to) {
        OffsetDateTime start = time(params, "from", from, false);
        OffsetDateTime end = time(params, "to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            params.reject("to", "must be after from");
        }
        return new TimeRange(start, end);
    }

    private static OffsetDateTime time(QueryParameters params, String name, String raw, boolean end) {
        String value = params.text(name, raw, 40);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            params.reject(name, "must be a date (2026-12-01) or a date-time with offset (2026-12-01T10:00:00Z), got '"
                    + value + "'");
            return null;
        }
    }
}
