package io.aisle.console.review.repository;

import java.time.OffsetDateTime;

/** A reviewer's verdict on a conversation, or on one message of it when {@code messageId} is set. */
public record Label(long id, String conversationId, Long messageId, String label, String note, String reviewer,
                    OffsetDateTime createdAt) {

    /** The verdicts a reviewer can give. */
    public enum Kind {
        GOOD_ANSWER, WRONG_FACT, SHOULD_HAVE_HANDED_OFF, OTHER;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
