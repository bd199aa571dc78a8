package io.aisle.assistant.tools;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import dev.langchain4j.agent.tool.ToolMemoryId;
import io.aisle.assistant.config.AssistantConfig;
import io.aisle.assistant.conversation.Conversation;
import io.aisle.assistant.conversation.ConversationRepository;
import io.aisle.assistant.conversation.ConversationState;
import io.aisle.assistant.policy.PolicyLibrary;
import io.aisle.assistant.tools.ToolResults.Comparison;
import io.aisle.assistant.tools.ToolResults.Handoff;
import io.aisle.assistant.tools.ToolResults.MyOrders;
import io.aisle.assistant.tools.ToolResults.OrderStatus;
import io.aisle.assistant.tools.ToolResults.OrderSummary;
import io.aisle.assistant.tools.ToolResults.PolicyAnswer;
import io.aisle.assistant.tools.ToolResults.ProductDetails;
import io.aisle.assistant.tools.ToolResults.ProductResults;
import io.aisle.assistant.tools.ToolResults.Suggestion;
import io.aisle.assistant.tools.ToolResults.Suggestions;
import io.aisle.catalog.repository.CustomerOrderRepository;
import io.aisle.recommend.service.RecommendationService;
import io.aisle.recommend.view.Recommendations;
import io.aisle.search.model.SearchFilters;
import io.aisle.search.model.SearchMode;
import io.aisle.search.model.SearchRequest;
import io.aisle.search.model.SearchResult;
import io.aisle.search.query.PriceRange;
import io.aisle.search.repository.SearchProductRepository;
import io.aisle.search.service.SearchService;
import io.aisle.search.service.SimilarProductsService;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The assistant's tools, each a thin call into a capability. Order tools are scoped by the conversation's
 * signed-in customer (the conversation id comes from the caller, never from the message text), so nothing a
 * shopper or a model writes can reach another customer's orders. Grounded mode calls these methods directly;
 * the LLM path registers the same bean with the AI service.
 */
@ApplicationScoped
public class ShoppingTools {

    private static final int MAX_COMPARED = 4;

    private final SearchService search;
    private final SearchProductRepository products;
    private final SimilarProductsService similar;
    private final RecommendationService recommendations;
    private final CustomerOrderRepository orders;
    private final PolicyLibrary policies;
    private final ConversationRepository conversations;
    private final int limit;

    public ShoppingTools(SearchService search, SearchProductRepository products, SimilarProductsService similar,
                         RecommendationService recommendations, CustomerOrderRepository orders, PolicyLibrary policies,
                         ConversationRepository conversations, AssistantConfig config) {
        this.search = search;
        this.products = products;
        this.similar = similar;
        this.recommendations = recommendations;
        this.orders = orders;
        this.policies = policies;
        this.conversations = conversations;
        this.limit = config.productsPerAnswer();
    }

    @Tool("Search the store's catalog. Price phrases in the query (\"under 10\") also work.")
    @WithSpan("tool searchProducts")
    public ProductResults searchProducts(@P("what the shopper is looking for, in their words") String query,
                                         @P(value = "lowest price, inclusive", required = false) BigDecimal minPrice,
                                         @P(value = "highest price, inclusive", required = false) BigDecimal maxPrice,
                                         @P(value = "category path, e.g. 'Home > Candles & Lights'", required = false)
                                         String category,
                                         @P(value = "true: only products in stock", required = false) Boolean inStockOnly) {
        PriceRange price = PriceRange.ANY;
        if (minPrice != null) {
            price = price.atLeast(minPrice, true);
        }
        if (maxPrice != null) {
            price = price.atMost(maxPrice, true);
        }
        SearchFilters filters = new SearchFilters(category, List.of(), price, inStockOnly, Map.of(), List.of(), List.of());
        SearchResult result = search.search(new SearchRequest(query, filters, SearchMode.HYBRID, null, true, 0, limit));
        return new ProductResults(query, result.interpretation().notes(), result.total(),
                result.items().stream().map(hit -> ProductCard.of(hit.product())).toList());
    }

    @Tool("Details of one product by its sku: price, stock, description, category, attributes")
    @WithSpan("tool productDetails")
    public ProductDetails productDetails(@P("the product's sku") String sku) {
        try {
            // shoppers type codes in any case; the demo store's are upper-case ("85123A")
            String code = sku.strip();
            return products.findBySku(code).or(() -> findUpperCase(code))
                    .map(p -> new ProductDetails(true, p.view().sku(), ProductCard.of(p.view()), p.view().description(),
                            p.view().category(), p.view().attributes()))
                    .orElseGet(() -> ProductDetails.notFound(sku));
        } catch (SQLException e) {
            throw new IllegalStateException("product details of " + sku + " failed", e);
        }
    }

    @Tool("Compare two to four products by sku: prices, stock and attributes side by side")
    @WithSpan("tool compareProducts")
    public Comparison compareProducts(@P("the skus to compare") List<String> skus) {
        List<ProductDetails> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String sku : skus.stream().filter(Objects::nonNull).distinct().limit(MAX_COMPARED).toList()) {
            ProductDetails details = productDetails(sku);
            if (details.found()) {
                found.add(details);
            } else {
                missing.add(sku);
            }
        }
        String cheapest = found.stream().min(Comparator.comparing(d -> d.product().price()))
                .map(ProductDetails::sku).orElse(null);
        return new Comparison(found, missing, cheapest);
    }

    @Tool("Products recommended for this shopper from what they bought and viewed; popular products for new shoppers")
    @WithSpan("tool recommendForMe")
    public Suggestions recommendForMe(@ToolMemoryId String conversationId) {
        Conversation conversation = conversation(conversationId);
        try {
            Recommendations answer = recommendations.recommend(conversation.customerId(), conversation.sessionId(),
                    SearchFilters.NONE, limit, "assistant");
            return new Suggestions(!answer.items().isEmpty(), answer.source(), answer.items().stream()
                    .map(r -> new Suggestion(ProductCard.of(r.product()), r.reason().text())).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("recommendations for conversation " + conversationId + " failed", e);
        }
    }

    @Tool("Products similar to the given one")
    @WithSpan("tool similarProducts")
    public Suggestions similarProducts(@P("the sku of the product to find similar ones to") String sku) {
        return similar.similar(sku.strip(), SearchFilters.NONE, limit, null)
                .map(s -> new Suggestions(true, s.model(), s.items().stream()
                        .map(i -> new Suggestion(ProductCard.of(i.product()), "similar to " + sku)).toList()))
                .orElseGet(() -> new Suggestions(false, null, List.of()));
    }

    @Tool("Status of one of the signed-in shopper's own orders, by order number")
    @WithSpan("tool orderStatus")
    public OrderStatus orderStatus(@ToolMemoryId String conversationId, @P("the order number") String orderNumber) {
        String customer = conversation(conversationId).customerId();
        if (customer == null) {
            return new OrderStatus("not_signed_in", orderNumber, null);
        }
        try {
            return orders.find(customer, orderNumber.strip())
                    .map(o -> new OrderStatus("found", orderNumber, OrderSummary.of(o)))
                    .orElseGet(() -> new OrderStatus("not_found_for_you", orderNumber, null));
        } catch (SQLException e) {
            throw new IllegalStateException("order lookup failed", e);
        }
    }

    @Tool("The signed-in shopper's latest orders")
    @WithSpan("tool listMyOrders")
    public MyOrders listMyOrders(@ToolMemoryId String conversationId) {
        String customer = conversation(conversationId).customerId();
        if (customer == null) {
            return new MyOrders(false, List.of());
        }
        try {
            return new MyOrders(true, orders.latest(customer, limit).stream().map(OrderSummary::of).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("order listing failed", e);
        }
    }

    @Tool("The store's policy on shipping, delivery, returns, refunds, payment, warranty or privacy")
    @WithSpan("tool storePolicy")
    public PolicyAnswer storePolicy(@P("the shopper's question") String question) {
        return new PolicyAnswer(question, policies.search(question, 2));
    }

    @Tool("Hand the conversation to a human customer-service agent")
    @WithSpan("tool handoffToHuman")
    public Handoff handoffToHuman(@ToolMemoryId String conversationId, @P("why a human is needed") String reason) {
        try {
            boolean accepted = conversations.transition(conversationId, ConversationState.BOT,
                    ConversationState.WAITING_FOR_AGENT, reason, null);
            return new Handoff(accepted, conversation(conversationId).state().wireName(), reason);
        } catch (SQLException e) {
            throw new IllegalStateException("handoff of conversation " + conversationId + " failed", e);
        }
    }

    private java.util.Optional<SearchProductRepository.IdentifiedProduct> findUpperCase(String sku) {
        try {
            String upper = sku.toUpperCase(java.util.Locale.ROOT);
            return upper.equals(sku) ? java.util.Optional.empty() : products.findBySku(upper);
        } catch (SQLException e) {
            throw new IllegalStateException("product details of " + sku + " failed", e);
        }
    }

    private Conversation conversation(String id) {
        try {
            return conversations.find(id).orElseThrow(() -> new IllegalArgumentException("no conversation " + id));
        } catch (SQLException e) {
            throw new IllegalStateException("reading conversation " + id + " failed", e);
        }
    }
}
