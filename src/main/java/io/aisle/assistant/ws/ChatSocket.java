package io.aisle.assistant.ws;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.assistant.conversation.Shopper;
import io.aisle.common.rest.InvalidRequestException;
import io.aisle.security.identity.SocketAuthenticator;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The chat widget's socket: {@code /assistant/ws/{conversationId}?token=} with a shopper token (docs/security.md). Frames are JSON objects
 * (docs/assistant-protocol.md). Callbacks arrive on the event loop; all work is handed to a worker pool.
 */
@ServerEndpoint("/assistant/ws/{conversationId}")
@ApplicationScoped
public class ChatSocket {

    static final int UNAUTHORIZED_CLOSE = 4401;
    static final String TOKEN_QUERY = "token";

    private final ChatActions actions;
    private final LiveConversations live;
    private final ObjectMapper mapper;
    private final ChatSocketConfig config;
    private final SocketAuthenticator authenticator;
    private final ExecutorService workers;
    private final Map<String, ChatConnection> connections = new ConcurrentHashMap<>();

    public ChatSocket(ChatActions actions, LiveConversations live, ObjectMapper mapper, ChatSocketConfig config,
                      SocketAuthenticator authenticator) {
        this.actions = actions;
        this.authenticator = authenticator;
        this.live = live;
        this.mapper = mapper;
        this.config = config;
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(config.workers(), runnable -> {
            Thread thread = new Thread(runnable, "aisle-chat-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @OnOpen
    public void open(Session session, @PathParam("conversationId") String conversationId) {
        Shopper shopper = authenticator.shopper(parameter(session, TOKEN_QUERY)).orElse(null);
        if (shopper == null) {
            ChatConnection refused = new ChatConnection(session, null, conversationId, mapper);
            workers.execute(() -> {
                refused.send(ServerMessages.error("unauthorized", "a valid shopper token is required (?token=)"));
                refused.close(UNAUTHORIZED_CLOSE, "unauthorized");
            });
            return;
        }
        ChatConnection connection = new ChatConnection(session, shopper, conversationId, mapper);
        connections.put(session.getId(), connection);
        submit(connection, exchange -> actions.open(exchange, live));
    }

    @OnMessage
    public void message(Session session, String frame) {
        ChatConnection connection = connections.get(session.getId());
        if (connection == null) {
            return; // refused at open; it is being closed
        }
        ClientMessage message;
        try {
            message = ClientMessage.parse(frame, mapper);
        } catch (InvalidRequestException e) {
            submit(connection, exchange -> exchange.fail("invalid_request", ChatActions.describe(e)));
            return;
        }
        submit(connection, exchange -> actions.handle(exchange, message));
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        ChatConnection connection = connections.remove(session.getId());
        if (connection != null) {
            live.closed(connection);
        }
    }

    /** A browser going away mid-frame is normal (it reconnects); anything else is worth a look. */
    @OnError
    public void error(Session session, Throwable failure) {
        if (failure instanceof IOException) {
            Log.debugf("chat socket %s: %s", session.getId(), failure.toString());
        } else {
            Log.warnf(failure, "chat socket %s failed", session.getId());
        }
    }

    private void submit(ChatConnection connection, Consumer<Exchange> work) {
        if (!connection.enqueue(work, workers, config.requestTimeout(), config.maxPending())) {
            workers.execute(() -> connection.send(ServerMessages.error("busy",
                    "Please wait for the answer before sending more.")));
        }
    }

    private static String parameter(Session session, String name) {
        List<String> values = session.getRequestParameterMap().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
