package io.aisle.llm.rest;

import io.aisle.llm.local.ChatListener;
import io.aisle.llm.local.GenerationHandle;
import io.aisle.llm.local.LocalChatEngine;
import io.aisle.llm.local.LocalChatResult;
import io.aisle.llm.local.PreparedChat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands one answer from the generation thread to the HTTP request's thread: text pieces, then the
 * result or the error. A client that stops reading (a write fails) or waits too long cancels it.
 */
final class CompletionStream implements ChatListener {

    /** One thing the generation thread reported: a text piece, the end, or a failure. */
    private record Event(String text, LocalChatResult result, Throwable error) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private GenerationHandle handle;

    static CompletionStream start(LocalChatEngine engine, PreparedChat chat) {
        CompletionStream stream = new CompletionStream();
        stream.handle = engine.start(chat, stream);
        return stream;
    }

    @Override
    public void onText(String delta) {
        events.add(new Event(delta, null, null));
    }

    @Override
    public void onComplete(LocalChatResult result) {
        events.add(new Event(null, result, null));
    }

    @Override
    public void onError(Throwable error) {
        events.add(new Event(null, null, error));
    }

    /** Waits for the whole answer. */
    LocalChatResult await(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event event = next(deadline);
            if (event.result() != null) {
                return event.result();
            }
        }
    }

    /** Writes the answer as server-sent chat.completion.chunk events, ending with [DONE]. */
    void writeEvents(OutputStream out, CompletionJson json, boolean includeUsage) throws IOException {
        long deadline = Long.MAX_VALUE;
        try {
            send(out, json.textChunk("assistant", "").toString());
            while (true) {
                Event event = next(deadline);
                if (event.text() != null) {
                    send(out, json.textChunk(null, event.text()).toString());
                    continue;
                }
                send(out, json.finalChunk(event.result()).toString());
                if (includeUsage) {
                    send(out, json.usageChunk(event.result()).toString());
                }
                send(out, "[DONE]");
                return;
            }
        } catch (IOException | RuntimeException e) {
            handle.cancel();
            throw e;
        }
    }

    private static void send(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private Event next(long deadline) {
        try {
            long wait = deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - System.nanoTime();
            Event event = events.poll(Math.max(wait, 0), TimeUnit.NANOSECONDS);
            if (event == null) {
                handle.cancel();
                throw new ModelUnavailableException("the local model did not answer in time");
            }
            if (event.error() != null) {
                throw new ModelUnavailableException("the local model failed: " + event.error().getMessage());
            }
            return event;
        } catch (InterruptedException e) {
            handle.cancel();
            Thread.currentThread().interrupt();
            throw new ModelUnavailableException("interrupted while waiting for the local model");
        }
    }
}
