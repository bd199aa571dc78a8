package io.aisle.console.repository;

/** A reply agents insert by its shortcut; {@code uses} counts the replies sent with it. */
public record CannedReply(long id, String shortcut, String title, String body, int uses) {
}
