package io.aisle.assistant.ws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/** The frames answering one widget request, ended by exactly one {@code done}; after that nothing more is sent. */
final class Exchange {

    private final ChatConnection connection;
    private final AtomicBoolean ended = new AtomicBoolean();

    Exchange(ChatConnection connection) {
        this.connection = connection;
    }

    ChatConnection connection() {
        return connection;
    }

    void send(ObjectNode message) {
        if (!ended.get()) {
            connection.send(message);
        }
    }

    void done() {
        if (ended.compareAndSet(false, true)) {
            connection.send(ServerMessages.done());
        }
    }

    void fail(String code, String message) {
        if (ended.compareAndSet(false, true)) {
            connection.send(ServerMessages.error(code, message));
            connection.send(ServerMessages.done());
        }
    }

    /** Work that overran its time or threw past its own handling still ends with an error and done. */
    void timedOutOrFailed(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof TimeoutException) {
            fail("timeout", "Sorry, that took too long. Please try again.");
        } else {
            Log.errorf(cause, "chat socket %s of %s: request failed", connection.id(), connection.conversationId());
            fail("internal", "Sorry, something went wrong. Please try again.");
        }
    }
}
