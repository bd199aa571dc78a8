package io.aisle.console.service;

import io.aisle.catalog.repository.CustomerOrderRepository.CustomerOrder;
import io.aisle.recommend.view.Recommendations;
import java.time.Instant;
import java.util.List;

/**
 * The shopper behind a conversation: their latest orders, lifetime value (null when anonymous or not scored yet)
 * and what the recommender suggests for them (for an anonymous shopper: from the session, or trending items).
 */
public record CustomerPanel(String customerId, List<CustomerOrder> orders, Value value,
                            Recommendations recommendations) {

    /** From the ltv package's latest scoring. */
    public record Value(String tier, double predictedValue, double churnRisk, double probabilityAlive,
                        double expectedPurchasesNext13Weeks, Instant scoredAt) {
    }
}
