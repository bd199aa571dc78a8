package io.aisle.assistant.personal;

import io.aisle.assistant.config.AssistantConfig;
import io.aisle.assistant.tools.ToolResults.OrderSummary;
import io.aisle.catalog.repository.CustomerOrderRepository;
import io.aisle.events.model.EventType;
import io.aisle.ltv.repository.CustomerScoreRepository;
import io.aisle.ltv.repository.CustomerScoreRepository.Score;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** Builds a signed-in shopper's profile from their orders, product views and lifetime-value score. */
@ApplicationScoped
public class ShopperProfiles {

    private static final int RECENT = 3;

    private final CustomerOrderRepository orders;
    private final CustomerScoreRepository scores;
    private final DataSource dataSource;
    private final AssistantConfig.Personalisation settings;

    public ShopperProfiles(CustomerOrderRepository orders, CustomerScoreRepository scores, DataSource dataSource,
                           AssistantConfig config) {
        this.orders = orders;
        this.scores = scores;
        this.dataSource = dataSource;
        this.settings = config.personalisation();
    }

    public ShopperProfile of(String customerId) throws SQLException {
        if (customerId == null) {
            return ShopperProfile.ANONYMOUS;
        }
        boolean priority = scores.byCustomer(customerId).map(s -> isPriority(s.score())).orElse(false);
        List<OrderSummary> recent = orders.latest(customerId, RECENT).stream().map(OrderSummary::of).toList();
        return new ShopperProfile(true, priority, recent, recentlyViewed(customerId));
    }

    boolean isPriority(Score score) {
        return settings.highValueTiers().contains(score.tier()) || score.churnRisk() >= settings.churnRiskThreshold();
    }

    private List<String> recentlyViewed(String customerId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT item_ids FROM events WHERE customer_id = ? AND type = ? ORDER BY occurred_at DESC LIMIT ?")) {
            st.setString(1, customerId);
            st.setString(2, EventType.PRODUCT_VIEW.wireName());
            st.setInt(3, RECENT * 2);
            Set<String> skus = new LinkedHashSet<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next() && skus.size() < RECENT) {
                    Array items = rs.getArray(1);
                    for (String sku : (String[]) items.getArray()) {
                        if (skus.size() < RECENT) {
                            skus.add(sku);
                        }
                    }
                }
            }
            return List.copyOf(skus);
        }
    }
}
