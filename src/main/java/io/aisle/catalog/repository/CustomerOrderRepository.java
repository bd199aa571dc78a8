package io.aisle.catalog.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A customer's own orders. Every read takes the customer's id and matches it in SQL, so an order of another
 * customer is indistinguishable from one that does not exist.
 */
@ApplicationScoped
public class CustomerOrderRepository {

    public record OrderLine(String sku, String title, int quantity, BigDecimal unitPrice) {
    }

    public record CustomerOrder(String orderNumber, String status, OffsetDateTime placedAt, OffsetDateTime updatedAt,
                                BigDecimal total, String currency, List<OrderLine> lines) {
    }

    private static final String ORDERS = """
            SELECT o.id, o.order_number, o.status, o.placed_at, o.updated_at, o.total_amount, o.currency
            FROM orders o JOIN customers c ON c.id = o.customer_id
            WHERE c.external_id = ?""";

    private final DataSource dataSource;

    public CustomerOrderRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The order with that number if it belongs to the customer (store customer id), with its lines. */
    public Optional<CustomerOrder> find(String customerExternalId, String orderNumber) throws SQLException {
        List<CustomerOrder> found = read(ORDERS + " AND o.order_number = ?", customerExternalId, orderNumber, 1);
        return found.stream().findFirst();
    }

    /** The customer's latest orders, newest first, with their lines. */
    public List<CustomerOrder> latest(String customerExternalId, int limit) throws SQLException {
        return read(ORDERS + " ORDER BY o.placed_at DESC, o.id DESC LIMIT ?", customerExternalId, null, limit);
    }

    private List<CustomerOrder> read(String sql, String customer, String orderNumber, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                orderNumber == null ? sql : sql + " LIMIT ?")) {
            st.setString(1, customer);
            if (orderNumber == null) {
                st.setInt(2, limit);
            } else {
                st.setString(2, orderNumber);
                st.setInt(3, limit);
            }
            Map<Long, CustomerOrder> orders = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    orders.put(rs.getLong(1), new CustomerOrder(rs.getString(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class),
                            rs.getBigDecimal(6), rs.getString(7).strip(), new ArrayList<>()));
                }
            }
            if (!orders.isEmpty()) {
                addLines(c, orders);
            }
            return orders.values().stream().map(o -> new CustomerOrder(o.orderNumber(), o.status(), o.placedAt(),
                    o.updatedAt(), o.total(), o.currency(), List.copyOf(o.lines()))).toList();
        }
    }

    private static void addLines(Connection c, Map<Long, CustomerOrder> orders) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                SELECT l.order_id, p.sku, p.title, l.quantity, l.unit_price FROM order_lines l
                JOIN products p ON p.id = l.product_id WHERE l.order_id = ANY (?) ORDER BY l.order_id, l.line_no""")) {
            st.setArray(1, c.createArrayOf("bigint", orders.keySet().toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    orders.get(rs.getLong(1)).lines().add(new OrderLine(rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getBigDecimal(5)));
                }
            }
        }
    }
}
