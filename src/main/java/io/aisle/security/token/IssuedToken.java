package io.aisle.security.token;

import java.time.Instant;

/** A signed JWT, whom it names and until when it is good. */
public record IssuedToken(String token, String subject, Instant expiresAt) {
}
