package io.aisle.ltv.repository;

import io.aisle.ltv.model.Transaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reads every customer's orders as transactions: delivered orders count their amount, cancelled
 * ones the negative of it (a return), which the models' purchase-day rule then nets out.
 */
@ApplicationScoped
public class OrderHistoryRepository {

    private static final String ORDERS = """
            SELECT c.id, c.external_id, o.placed_at,
                   CASE WHEN o.status IN ('cancelled', 'returned') THEN -o.total_amount ELSE o.total_amount END
            FROM orders o JOIN customers c ON c.id = o.customer_id
            ORDER BY o.placed_at""";

    /** Transactions of all customers, with the database id of each customer by external id. */
    public record OrderHistory(List<Transaction> transactions, Map<String, Long> customerIds) {
    }

    private final DataSource dataSource;

    public OrderHistoryRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public OrderHistory load(ZoneId storeZone) throws SQLException {
        List<Transaction> transactions = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(ORDERS)) {
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String customer = rs.getString(2);
                    ids.putIfAbsent(customer, rs.getLong(1));
                    transactions.add(Transaction.at(customer, rs.getTimestamp(3).toInstant(), storeZone,
                            rs.getBigDecimal(4).doubleValue()));
                }
            }
        }
        return new OrderHistory(transactions, ids);
    }
}
