package io.aisle.security.privacy.service;

import io.aisle.common.jdbc.PgText;
import io.aisle.common.rest.InvalidRequestException;
import jakarta.ws.rs.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Whose data: a customer (the store's customer id, as in events and tokens) or an anonymous shopper's session.
 * {@link #hash()} is what tombstones and the audit log keep instead of the id (SQL: privacy_subject_hash).
 */
public record Subject(Kind kind, String id) {

    public enum Kind {
        CUSTOMER, SESSION;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The audit log's target type for privacy requests; the target id is {@link #hash()}. */
    public static final String AUDIT_TARGET = "privacy_subject";

    /** The longest customer or session id the event log accepts. */
    public static final int MAX_ID_LENGTH = 128;

    public static Subject customer(String id) {
        return new Subject(Kind.CUSTOMER, checked("customerId", id));
    }

    public static Subject session(String id) {
        return new Subject(Kind.SESSION, checked("sessionId", id));
    }

    /** The answer when an admin names a subject the store holds nothing about (404). */
    public NotFoundException nothingHeld() {
        return new NotFoundException("no data held for " + kind.wireName() + " '" + id + "'");
    }

    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((kind.wireName() + ":" + id).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String checked(String field, String id) {
        if (id == null || id.isBlank()) {
            throw InvalidRequestException.single(field, "is required");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw InvalidRequestException.single(field, "must be 1-" + MAX_ID_LENGTH + " characters");
        }
        if (PgText.hasNul(id) || id.chars().anyMatch(Character::isISOControl)) {
            throw InvalidRequestException.single(field, "must not contain control characters");
        }
        return id;
    }
}
