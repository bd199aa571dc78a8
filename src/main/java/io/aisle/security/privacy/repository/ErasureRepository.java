package io.aisle.security.privacy.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Removes a subject's rows, on the caller's connection and transaction, and says how many each table lost. Orders
 * stay (bookkeeping law): they lose the link to the customer and carry an opaque pseudonym instead.
 */
public final class ErasureRepository {

    private ErasureRepository() {
    }

    /**
     * @param conversations the subject's, from {@link #conversationIds}
     * @return rows removed (or, for orders_deidentified, rewritten) per table, in the order they were touched
     */
    public static Map<String, Long> erase(Connection c, Scope scope, String[] conversations) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("conversation_labels", "conversation_tool_calls", "conversation_messages",
                "conversation_llm_memory")) {
            counts.put(table, update(c, "DELETE FROM " + table + " WHERE conversation_id = ANY (?)", (Object) conversations));
        }
        counts.put("conversations", update(c, "DELETE FROM conversations WHERE id = ANY (?)", (Object) conversations));
        try (PreparedStatement st = c.prepareStatement("DELETE FROM events WHERE " + Scope.OWNED)) {
            scope.bindOwned(c, st, 1);
            counts.put("events", (long) st.executeUpdate());
        }
        String customer = scope.customerId();
        counts.put("rec_customer_vectors", update(c, "DELETE FROM rec_customer_vectors WHERE customer_id = ?", customer));
        counts.put("customer_scores", update(c, "DELETE FROM customer_scores"
                + " WHERE customer_id IN (SELECT id FROM customers WHERE external_id = ?)", customer));
        counts.put("orders_deidentified", update(c, "UPDATE orders SET customer_id = NULL, customer_pseudonym = ?,"
                + " updated_at = now() WHERE customer_id IN (SELECT id FROM customers WHERE external_id = ?)",
                "erased-" + UUID.randomUUID(), customer));
        counts.put("customers", update(c, "DELETE FROM customers WHERE external_id = ?", customer));
        return counts;
    }

    /** The subject's conversations, locked until the transaction ends. */
    public static String[] conversationIds(Connection c, Scope scope) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM conversations WHERE " + Scope.OWNED + " FOR UPDATE")) {
            scope.bindOwned(c, st, 1);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids.toArray(String[]::new);
        }
    }

    private static long update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] instanceof String[] array) {
                    st.setArray(i + 1, c.createArrayOf("text", array));
                } else {
                    st.setObject(i + 1, params[i]);
                }
            }
            return st.executeUpdate();
        }
    }
}
