package io.aisle.assistant.conversation;

/** Who is chatting: the signed-in customer's store id (null when anonymous) and the browser session. */
public record Shopper(String customerId, String sessionId) {
}
