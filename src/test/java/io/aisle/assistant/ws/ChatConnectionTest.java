package io.aisle.assistant.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.assistant.conversation.Shopper;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A socket's requests run in order, each ends with done, and none can hold the socket past its time limit. */
class ChatConnectionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private final ChatConnection connection = new ChatConnection(session(), new Shopper(null, "s-1"), "c-1", JSON);

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void aRequestOverItsTimeLimitEndsWithATimeoutAndTheNextOneIsServed() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        connection.enqueue(exchange -> {
            exchange.send(ServerMessages.token("early"));
            await(release);
            exchange.send(ServerMessages.token("late"));
            exchange.done();
        }, workers, Duration.ofMillis(200), 4);
        connection.enqueue(exchange -> {
            exchange.send(ServerMessages.token("next"));
            exchange.done();
            second.countDown();
        }, workers, Duration.ofSeconds(5), 4);

        assertTrue(second.await(5, TimeUnit.SECONDS), "the second request waited for the stuck one");
        release.countDown();
        Thread.sleep(100);
        assertEquals(List.of("token:early", "error:timeout", "done", "token:next", "done"), frames());
    }

    @Test
    void aRequestThatThrowsEndsWithAnErrorAndDone() throws Exception {
        CountDownLatch after = new CountDownLatch(1);
        connection.enqueue(exchange -> {
            throw new IllegalStateException("boom");
        }, workers, Duration.ofSeconds(5), 4);
        connection.enqueue(exchange -> {
            exchange.done();
            after.countDown();
        }, workers, Duration.ofSeconds(5), 4);
        assertTrue(after.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("error:internal", "done", "done"), frames());
    }

    @Test
    void requestsBeyondTheLimitWaitingAreRefused() {
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < 2; i++) {
            assertTrue(connection.enqueue(exchange -> await(release), workers, Duration.ofSeconds(5), 2));
        }
        assertFalse(connection.enqueue(exchange -> { }, workers, Duration.ofSeconds(5), 2));
        release.countDown();
    }

    private List<String> frames() throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (String text : sent) {
            JsonNode frame = JSON.readTree(text);
            String type = frame.get("type").asText();
            out.add(type.equals("token") ? "token:" + frame.get("text").asText()
                    : type.equals("error") ? "error:" + frame.get("code").asText() : type);
        }
        return out;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An open socket that records the frames sent on it. */
    private Session session() {
        RemoteEndpoint.Basic remote = (RemoteEndpoint.Basic) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RemoteEndpoint.Basic.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendText")) {
                        sent.add((String) args[0]);
                    }
                    return null;
                });
        return (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "isOpen":
                            return true;
                        case "getBasicRemote":
                            return remote;
                        case "getId":
                            return "socket-1";
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }
}
