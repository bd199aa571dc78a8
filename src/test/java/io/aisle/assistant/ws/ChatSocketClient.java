package io.aisle.assistant.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A chat socket as a widget holds it, on the JDK's WebSocket client: frames in arrival order, and the close code. */
public final class ChatSocketClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private ChatSocketClient(URI uri) {
        this.socket = HTTP.newWebSocketBuilder().connectTimeout(WAIT).buildAsync(uri, new Listener()).join();
    }

    /** Connects to {@code /assistant/ws/{conversationId}} on localhost:port with a shopper's token (may be null). */
    public static ChatSocketClient connect(int port, String conversationId, String token) {
        String query = token == null ? "" : "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return new ChatSocketClient(URI.create("ws://localhost:" + port + "/assistant/ws/" + conversationId + query));
    }

    public void send(Map<String, ?> frame) {
        try {
            sendRaw(JSON.writeValueAsString(frame));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public void sendRaw(String text) {
        socket.sendText(text, true).join();
    }

    /** The frames up to and including the next {@code done}. */
    public List<JsonNode> untilDone() throws InterruptedException {
        List<JsonNode> out = new ArrayList<>();
        JsonNode frame;
        do {
            frame = next();
            out.add(frame);
        } while (!"done".equals(frame.path("type").asText()));
        return out;
    }

    /** The next frame; fails after 30 s without one. */
    public JsonNode next() throws InterruptedException {
        JsonNode frame = frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("no frame within " + WAIT);
        }
        return frame;
    }

    /** The close code the server sent; fails after 30 s. */
    public int closeCode() throws Exception {
        return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    frames.add(JSON.readTree(partial.toString()));
                } catch (JsonProcessingException e) {
                    closed.completeExceptionally(new AssertionError("the server sent a frame that is not JSON: " + partial));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
