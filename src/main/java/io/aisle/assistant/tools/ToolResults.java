package io.aisle.assistant.tools;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.aisle.assistant.policy.PolicyPassage;
import io.aisle.catalog.repository.CustomerOrderRepository.CustomerOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What the assistant's tools return: structured facts, never prose, so that answers can be checked against them. */
public final class ToolResults {

    private ToolResults() {
    }

    /** @param interpretation how the search read the query (price bounds, categories), in words */
    public record ProductResults(String query, List<String> interpretation, long total, List<ProductCard> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProductDetails(boolean found, String sku, ProductCard product, String description, String category,
                                 Map<String, Object> attributes) {

        public static ProductDetails notFound(String sku) {
            return new ProductDetails(false, sku, null, null, null, null);
        }
    }

    /** @param missing skus that are not in the catalog */
    public record Comparison(List<ProductDetails> products, List<String> missing, String cheapestSku) {
    }

    public record Suggestion(ProductCard product, String reason) {
    }

    /** @param source "customer", "session", "trending" (recommendations) or the similarity model (similar items) */
    public record Suggestions(boolean found, String source, List<Suggestion> items) {
    }

    public record OrderSummary(String orderNumber, String status, String placedOn, BigDecimal total, String currency,
                               List<String> items) {

        public static OrderSummary of(CustomerOrder order) {
            return new OrderSummary(order.orderNumber(), order.status(), order.placedAt().toLocalDate().toString(),
                    order.total(), order.currency(), order.lines().stream()
                            .map(l -> l.quantity() + " x " + l.title() + " (" + l.sku() + ")").toList());
        }
    }

    /** @param outcome "found", "not_found_for_you" or "not_signed_in" */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrderStatus(String outcome, String orderNumber, OrderSummary order) {
    }

    public record MyOrders(boolean signedIn, List<OrderSummary> orders) {
    }

    public record PolicyAnswer(String question, List<PolicyPassage> passages) {
    }

    /** @param state the conversation's state after the request */
    public record Handoff(boolean accepted, String state, String reason) {
    }
}
