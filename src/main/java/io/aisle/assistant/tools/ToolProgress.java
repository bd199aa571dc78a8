package io.aisle.assistant.tools;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Tells whoever runs a turn which tool it is starting, while it runs (the chat socket shows "searching…").
 * A turn runs its tools on the thread that answers it, so the listener is kept per thread.
 */
public final class ToolProgress {

    private static final ThreadLocal<Consumer<String>> LISTENER = new ThreadLocal<>();

    private ToolProgress() {
    }

    /** Runs the turn on this thread with {@code listener} told the name of every tool it starts. */
    public static <T> T reporting(Consumer<String> listener, Callable<T> turn) throws Exception {
        Consumer<String> outer = LISTENER.get();
        LISTENER.set(listener);
        try {
            return turn.call();
        } finally {
            LISTENER.set(outer);
        }
    }

    /** Called by whatever executes a tool, just before it runs; a no-op when nobody listens. */
    public static void started(String tool) {
        Consumer<String> listener = LISTENER.get();
        if (listener != null) {
            listener.accept(tool);
        }
    }
}
