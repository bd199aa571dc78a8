package io.aisle.catalog.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.catalog.model.ProductDraft;
import io.aisle.catalog.repository.ProductWriteRepository;
import io.aisle.catalog.repository.ProductWriteRepository.UpsertCounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the staged lines into products, customers, orders, order lines and purchase events with
 * set-based statements. Each insert skips what already exists, so loading twice changes nothing.
 */
final class DemoStoreWriter {

    private static final String CUSTOMERS = """
            INSERT INTO customers (external_id, country, created_at)
            SELECT customer, mode() WITHIN GROUP (ORDER BY country), min(invoice_date) AT TIME ZONE 'Europe/London'
            FROM demo_lines WHERE customer IS NOT NULL GROUP BY customer
            ON CONFLICT (external_id) DO NOTHING""";
    private static final String ORDERS = """
            INSERT INTO orders (order_number, customer_id, status, placed_at, currency, total_amount)
            SELECT l.invoice, min(c.id), CASE WHEN l.invoice LIKE 'C%' THEN 'cancelled' ELSE 'delivered' END,
                   min(l.invoice_date) AT TIME ZONE 'Europe/London', 'GBP', round(sum(abs(l.quantity) * l.unit_price), 2)
            FROM demo_lines l JOIN customers c ON c.external_id = l.customer
            GROUP BY l.invoice
            ON CONFLICT (order_number) DO NOTHING""";
    private static final String ORDER_LINES = """
            INSERT INTO order_lines (order_id, line_no, product_id, quantity, unit_price, amount)
            SELECT o.id, row_number() OVER (PARTITION BY l.invoice ORDER BY l.file_line), p.id,
                   abs(l.quantity), round(l.unit_price, 2), round(abs(l.quantity) * l.unit_price, 2)
            FROM demo_lines l JOIN orders o ON o.order_number = l.invoice JOIN products p ON p.sku = l.sku
            WHERE l.customer IS NOT NULL
            ON CONFLICT (order_id, line_no) DO NOTHING""";
    private static final String PURCHASE_EVENTS = """
            INSERT INTO events (event_id, type, occurred_at, customer_id, item_ids, payload)
            SELECT 'demo-purchase-' || invoice, 'purchase', min(invoice_date) AT TIME ZONE 'Europe/London', min(customer),
                   array_agg(sku ORDER BY file_line),
                   jsonb_build_object('orderNumber', invoice, 'quantities', jsonb_agg(quantity ORDER BY file_line),
                                      'amount', round(sum(quantity * unit_price), 2), 'currency', 'GBP',
                                      'source', 'demo-store')
            FROM demo_lines WHERE customer IS NOT NULL AND invoice NOT LIKE 'C%'
            GROUP BY invoice
            ON CONFLICT (event_id) DO NOTHING""";
    private static final String PRODUCTS = """
            SELECT sku, mode() WITHIN GROUP (ORDER BY description) FILTER (WHERE description <> '') AS title,
                   mode() WITHIN GROUP (ORDER BY unit_price) AS price
            FROM demo_lines GROUP BY sku ORDER BY sku""";

    private final ProductWriteRepository products;
    private final ObjectMapper mapper;
    private final CategoryRules categories;

    DemoStoreWriter(ProductWriteRepository products, ObjectMapper mapper, CategoryRules categories) {
        this.products = products;
        this.mapper = mapper;
        this.categories = categories;
    }

    /** @return rows created per table, in the order written */
    Map<String, Long> write(Connection connection) throws SQLException {
        Map<String, Long> created = new LinkedHashMap<>();
        UpsertCounts productCounts = products.upsert(connection, productDrafts(connection));
        created.put("products", productCounts.created());
        try (Statement st = connection.createStatement()) {
            created.put("customers", (long) st.executeUpdate(CUSTOMERS));
            created.put("orders", (long) st.executeUpdate(ORDERS));
            created.put("orderLines", (long) st.executeUpdate(ORDER_LINES));
            created.put("purchaseEvents", (long) st.executeUpdate(PURCHASE_EVENTS));
        }
        return created;
    }

    private List<ProductDraft> productDrafts(Connection connection) throws SQLException {
        List<ProductDraft> drafts = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(PRODUCTS)) {
            while (rs.next()) {
                String sku = rs.getString("sku");
                String raw = rs.getString("title");
                String title = raw == null ? "Item " + sku : titleCase(raw);
                BigDecimal price = rs.getBigDecimal("price").setScale(2, RoundingMode.HALF_UP);
                drafts.add(new ProductDraft(sku, title, null, categories.categorise(title),
                        json(TitleAttributes.of(title)), price, "GBP", syntheticStock(sku)));
            }
        }
        return drafts;
    }

    /** "WHITE HANGING HEART T-LIGHT HOLDER" -> "White Hanging Heart T-Light Holder". */
    static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean wordStart = true;
        for (char ch : text.strip().toCharArray()) {
            out.append(wordStart ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
            wordStart = !Character.isLetterOrDigit(ch) && ch != '\'';
        }
        return out.toString();
    }

    /** The dataset has no inventory: a fixed number per sku, with about one product in twelve sold out. */
    static int syntheticStock(String sku) {
        int hash = sku.hashCode();
        return Math.floorMod(hash, 12) == 0 ? 0 : 5 + Math.floorMod(hash * 31, 196);
    }

    private String json(Map<String, Object> attributes) {
        try {
            return mapper.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("attributes of a demo product are not serialisable", e);
        }
    }
}
