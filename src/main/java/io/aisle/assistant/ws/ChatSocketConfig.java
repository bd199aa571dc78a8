package io.aisle.assistant.ws;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "aisle.assistant.ws")
public interface ChatSocketConfig {

    /** Threads answering chat sockets' requests (turns touch the database; the event loop must not wait for them). */
    @WithDefault("8")
    int workers();

    /** A request not answered within this time ends with a timeout error; the socket stays usable. */
    @WithDefault("PT20S")
    Duration requestTimeout();

    /** Requests one socket may have waiting; more are refused with a busy error rather than queued without end. */
    @WithDefault("4")
    int maxPending();
}
