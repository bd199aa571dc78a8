package io.aisle.assistant.ws;

import io.aisle.assistant.conversation.Conversation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The chat sockets open on this instance, by conversation, so that what happens outside a shopper's own turn (an
 * agent writes, takes over, resolves) reaches their widget at once. In memory: with several app instances behind a
 * load balancer, an agent's reply reaches sockets on the instance that handled it; the others see it in the
 * history frame when they reconnect (a shared channel such as PostgreSQL LISTEN/NOTIFY would close that gap).
 */
@ApplicationScoped
public class LiveConversations {

    private final Map<String, Set<ChatConnection>> open = new ConcurrentHashMap<>();

    void opened(ChatConnection connection) {
        open.computeIfAbsent(connection.conversationId(), id -> ConcurrentHashMap.newKeySet()).add(connection);
    }

    void closed(ChatConnection connection) {
        open.computeIfPresent(connection.conversationId(), (id, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    /** How many sockets are open on the conversation here. */
    public int sockets(String conversationId) {
        Set<ChatConnection> connections = open.get(conversationId);
        return connections == null ? 0 : connections.size();
    }

    /** An agent wrote to the shopper (the text as stored, personal data masked). */
    public void agentMessage(String conversationId, String text) {
        forEach(conversationId, c -> c.send(ServerMessages.agentMessage(text)));
    }

    /** The conversation changed hands (taken over, resolved). */
    public void stateChanged(Conversation conversation) {
        forEach(conversation.id(), c -> c.send(ServerMessages.state(conversation)));
    }

    private void forEach(String conversationId, Consumer<ChatConnection> action) {
        Set<ChatConnection> connections = open.get(conversationId);
        if (connections != null) {
            connections.forEach(action);
        }
    }
}
