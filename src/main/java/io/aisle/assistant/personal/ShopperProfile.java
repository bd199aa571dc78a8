package io.aisle.assistant.personal;

import io.aisle.assistant.tools.ToolResults.OrderSummary;
import java.util.List;

/**
 * What the store knows about the shopper of a conversation. {@code priority} comes from the value tier and churn
 * risk; it decides how soon a human is offered and where a handoff queues, and is never shown or told to the model.
 */
public record ShopperProfile(boolean signedIn, boolean priority, List<OrderSummary> recentOrders,
                             List<String> recentlyViewed) {

    public static final ShopperProfile ANONYMOUS = new ShopperProfile(false, false, List.of(), List.of());

    /** The queue position class of a handoff: priority customers first. */
    public int queuePriority() {
        return priority ? 1 : 0;
    }

    /** For the model's system prompt: facts the shopper may be told (no scores). */
    public String describe() {
        if (!signedIn) {
            return "The shopper is not signed in; order tools will ask them to sign in.";
        }
        StringBuilder text = new StringBuilder("The shopper is signed in.");
        if (!recentOrders.isEmpty()) {
            text.append(" Their latest orders:");
            for (OrderSummary order : recentOrders) {
                text.append(' ').append(order.orderNumber()).append(" (").append(order.status()).append(", placed ")
                        .append(order.placedOn()).append(");");
            }
        }
        if (!recentlyViewed.isEmpty()) {
            text.append(" Products they viewed recently (skus): ").append(String.join(", ", recentlyViewed)).append('.');
        }
        return text.toString();
    }
}
