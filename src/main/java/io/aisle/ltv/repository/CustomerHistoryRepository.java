package io.aisle.ltv.repository;

import io.aisle.ltv.features.CustomerHistory;
import io.aisle.ltv.features.DailyActivity;
import io.aisle.ltv.features.Transaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Each customer's orders (with item counts and top-level categories) and daily activity from the
 * event log, as the deep model's feature builder reads them.
 */
@ApplicationScoped
public class CustomerHistoryRepository {

    private static final String ORDERS = """
            SELECT c.external_id, o.placed_at,
                   CASE WHEN o.status IN ('cancelled', 'returned') THEN -o.total_amount ELSE o.total_amount END,
                   coalesce(sum(l.quantity), 0),
                   coalesce(array_agg(split_part(p.category_path, ' > ', 1)) FILTER (WHERE p.id IS NOT NULL), '{}')
            FROM orders o JOIN customers c ON c.id = o.customer_id
            LEFT JOIN order_lines l ON l.order_id = o.id LEFT JOIN products p ON p.id = l.product_id
            GROUP BY c.external_id, o.id ORDER BY o.placed_at""";
    private static final String ACTIVITY = """
            SELECT customer_id, date_trunc('day', occurred_at),
                   count(*) FILTER (WHERE type = 'product_view'), count(*) FILTER (WHERE type = 'search'),
                   count(*) FILTER (WHERE type = 'add_to_cart'), count(*) FILTER (WHERE type = 'chat_turn')
            FROM events WHERE customer_id IS NOT NULL AND type IN ('product_view', 'search', 'add_to_cart', 'chat_turn')
            GROUP BY 1, 2""";

    private final DataSource dataSource;

    public CustomerHistoryRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<CustomerHistory> load() throws SQLException {
        Map<String, List<Transaction>> orders = new LinkedHashMap<>();
        Map<String, List<DailyActivity>> activity = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement st = c.prepareStatement(ORDERS); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Array categories = rs.getArray(5);
                    orders.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Transaction(
                            rs.getTimestamp(2).toInstant(), rs.getBigDecimal(3).doubleValue(), rs.getInt(4),
                            Arrays.asList((String[]) categories.getArray())));
                }
            }
            try (PreparedStatement st = c.prepareStatement(ACTIVITY); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    activity.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new DailyActivity(
                            rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
                }
            }
        }
        List<CustomerHistory> histories = new ArrayList<>(orders.size());
        orders.forEach((customer, transactions) ->
                histories.add(new CustomerHistory(customer, transactions, activity.getOrDefault(customer, List.of()))));
        return histories;
    }
}
