package io.aisle.assistant.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aisle.assistant.conversation.Conversation;
import io.aisle.assistant.conversation.Shopper;
import io.quarkus.logging.Log;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One open chat socket: who is on it, which conversation, and its outgoing frames. A widget's requests are
 * answered one after another in the order they arrived, each on a worker thread, each within a time limit.
 */
final class ChatConnection {

    private final Session session;
    private final Shopper shopper;
    private final String conversationId;
    private volatile String sessionId;
    private final ObjectMapper mapper;
    private final AtomicInteger pending = new AtomicInteger();
    /*
     * Two locks, never one: enqueue runs on the event loop, while send blocks a worker until the event loop has
     * written the frame. Sharing a monitor deadlocked the two (a worker sending, the event loop enqueueing).
     */
    private final Object queueLock = new Object();
    private final Object sendLock = new Object();
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

    ChatConnection(Session session, Shopper shopper, String conversationId, ObjectMapper mapper) {
        this.session = session;
        this.shopper = shopper;
        this.conversationId = conversationId;
        this.mapper = mapper;
    }

    Shopper shopper() {
        return shopper;
    }

    String conversationId() {
        return conversationId;
    }

    /** The conversation is the shopper's: requests may now be served. */
    void verified(Conversation conversation) {
        this.sessionId = conversation.sessionId();
    }

    boolean isVerified() {
        return sessionId != null;
    }

    /** The conversation's browser session (the shopper's own may be unknown when signed in); null until verified. */
    String sessionId() {
        return sessionId;
    }

    String id() {
        return session.getId();
    }

    /**
     * Queues work for this socket behind what is already queued. Returns false, doing nothing, when
     * {@code maxPending} requests are already waiting. When the work has not finished within {@code limit}, its
     * exchange ends with a timeout error and whatever the work sends later is dropped: the widget never waits
     * longer than the limit, and the next request proceeds.
     */
    boolean enqueue(Consumer<Exchange> work, Executor workers, Duration limit, int maxPending) {
        if (pending.incrementAndGet() > maxPending) {
            pending.decrementAndGet();
            return false;
        }
        Exchange exchange = new Exchange(this);
        synchronized (queueLock) {
            tail = tail.thenCompose(previous -> CompletableFuture.runAsync(() -> work.accept(exchange), workers)
                    .orTimeout(limit.toMillis(), TimeUnit.MILLISECONDS)
                    .handle((done, failure) -> {
                        pending.decrementAndGet();
                        if (failure != null) {
                            exchange.timedOutOrFailed(failure);
                        }
                        return null;
                    }));
        }
        return true;
    }

    /** Closes the socket with an application close code (4000-4999), e.g. 4404 for a conversation not found. */
    void close(int code, String reason) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
        } catch (IOException e) {
            Log.debugf("chat socket %s of %s: close failed (%s)", id(), conversationId, e.toString());
        }
    }

    /** Sends one frame; a socket that has gone away is not an error (the widget reconnects and redraws). */
    void send(ObjectNode message) {
        String frame;
        try {
            frame = mapper.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a chat frame", e);
        }
        synchronized (sendLock) {
            if (!session.isOpen()) {
                return;
            }
            try {
                session.getBasicRemote().sendText(frame);
            } catch (IOException | IllegalStateException e) {
                Log.debugf("chat socket %s of %s: frame not delivered (%s)", id(), conversationId, e.toString());
            }
        }
    }
}
