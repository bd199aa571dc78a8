package io.aisle.console.service;

import io.aisle.assistant.conversation.Conversation;
import io.aisle.catalog.repository.CustomerOrderRepository;
import io.aisle.console.config.ConsoleConfig;
import io.aisle.ltv.repository.CustomerScoreRepository;
import io.aisle.recommend.service.RecommendationService;
import io.aisle.search.model.SearchFilters;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.List;

/** Customer 360 for the agent: orders from the catalog, value from ltv, suggestions from recommend. */
@ApplicationScoped
public class CustomerPanelService {

    static final String PLACEMENT = "console";

    private final ConversationHandling handling;
    private final CustomerOrderRepository orders;
    private final CustomerScoreRepository scores;
    private final RecommendationService recommendations;
    private final ConsoleConfig config;

    public CustomerPanelService(ConversationHandling handling, CustomerOrderRepository orders,
                                CustomerScoreRepository scores, RecommendationService recommendations,
                                ConsoleConfig config) {
        this.handling = handling;
        this.orders = orders;
        this.scores = scores;
        this.recommendations = recommendations;
        this.config = config;
    }

    public CustomerPanel of(String conversationId) throws SQLException {
        Conversation conversation = handling.existing(conversationId);
        String customer = conversation.customerId();
        var recommended = recommendations.recommend(customer, conversation.sessionId(), SearchFilters.NONE,
                config.panelRecommendations(), PLACEMENT);
        if (customer == null) {
            return new CustomerPanel(null, List.of(), null, recommended);
        }
        CustomerPanel.Value value = scores.byCustomer(customer).map(stored -> new CustomerPanel.Value(
                stored.score().tier(), stored.score().predictedValue(), stored.score().churnRisk(),
                stored.score().probabilityAlive(), stored.score().expectedPurchases(), stored.scoredAt())).orElse(null);
        return new CustomerPanel(customer, orders.latest(customer, config.panelOrders()), value, recommended);
    }
}
