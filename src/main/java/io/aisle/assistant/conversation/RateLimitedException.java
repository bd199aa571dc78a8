package io.aisle.assistant.conversation;

/** A shopper sent more messages in a minute than the assistant accepts (answered with 429). */
public class RateLimitedException extends RuntimeException {

    private final int limit;

    public RateLimitedException(int limit) {
        super("at most " + limit + " messages per minute per session; please wait a moment");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
