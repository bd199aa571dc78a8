package io.aisle.assistant.ws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aisle.assistant.conversation.Conversation;
import io.aisle.assistant.conversation.StoredMessage;
import io.aisle.assistant.tools.ProductCard;
import java.util.List;
import java.util.Map;

/** What the server sends over the chat socket; one JSON object per frame, see docs/assistant-protocol.md. */
final class ServerMessages {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<String, String> TOOL_LABELS = Map.of(
            "searchProducts", "searching…",
            "productDetails", "looking up the product…",
            "compareProducts", "comparing…",
            "recommendForMe", "finding suggestions…",
            "similarProducts", "finding similar products…",
            "orderStatus", "checking your order…",
            "listMyOrders", "checking your orders…",
            "storePolicy", "reading our policies…",
            "handoffToHuman", "asking a person to join…");

    private ServerMessages() {
    }

    /** Sent once a socket is open: the conversation so far, so a reconnecting widget can redraw it. */
    static ObjectNode history(String conversationId, List<StoredMessage> messages) {
        ObjectNode message = typed("history").put("conversationId", conversationId);
        ArrayNode items = message.putArray("messages");
        for (StoredMessage m : messages) {
            if (m.text() != null) {
                items.addObject().put("role", m.role()).put("text", m.text());
            }
        }
        return message;
    }

    static ObjectNode progress(String tool) {
        return typed("progress").put("tool", tool).put("label", TOOL_LABELS.getOrDefault(tool, "working…"));
    }

    static ObjectNode token(String text) {
        return typed("token").put("text", text);
    }

    static ObjectNode products(List<ProductCard> cards) {
        ObjectNode message = typed("products");
        ArrayNode items = message.putArray("items");
        for (ProductCard card : cards) {
            items.addObject().put("sku", card.sku()).put("title", card.title()).put("price", card.price())
                    .put("currency", card.currency()).put("stock", card.stock()).put("inStock", card.inStock());
        }
        return message;
    }

    static ObjectNode state(Conversation conversation) {
        ObjectNode message = typed("state").put("state", conversation.state().wireName());
        return conversation.handoffReason() == null ? message.putNull("reason")
                : message.put("reason", conversation.handoffReason());
    }

    static ObjectNode agentMessage(String text) {
        return typed("agent_message").put("text", text);
    }

    static ObjectNode done() {
        return typed("done");
    }

    /** @param code what kind of failure: invalid_request, not_found, timeout, busy, internal */
    static ObjectNode error(String code, String text) {
        return typed("error").put("code", code).put("message", text);
    }

    private static ObjectNode typed(String type) {
        return JSON.objectNode().put("type", type);
    }
}
