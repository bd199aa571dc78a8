package io.aisle.security.staff;

import java.time.Duration;

/** Too many failed sign-ins for one username: answered with 429 until the window has passed. */
public class TooManySignInsException extends RuntimeException {

    private final Duration window;

    public TooManySignInsException(Duration window) {
        super("too many failed sign-ins; try again later");
        this.window = window;
    }

    public Duration window() {
        return window;
    }
}
