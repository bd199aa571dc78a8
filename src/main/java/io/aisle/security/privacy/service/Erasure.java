package io.aisle.security.privacy.service;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The answer to an erasure request: its receipt, whether the subject had been erased before, and how many rows each
 * table lost (orders_deidentified: orders kept without the customer link).
 */
public record Erasure(long receiptId, OffsetDateTime erasedAt, boolean erasedBefore, Map<String, Long> counts) {
}
