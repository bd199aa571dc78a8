package io.aisle.console.repository;

import java.time.OffsetDateTime;

/** An agent's private note on a conversation; the shopper never sees it. */
public record Note(long id, String author, String text, OffsetDateTime createdAt) {
}
