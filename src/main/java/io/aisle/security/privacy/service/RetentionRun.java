package io.aisle.security.privacy.service;

import java.time.OffsetDateTime;
import java.util.Map;

/** One run of the retention job: text written before the cutoff was redacted; rows touched per kind. */
public record RetentionRun(String trigger, OffsetDateTime cutoff, Map<String, Long> counts) {
}
