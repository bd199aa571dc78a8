package io.aisle.security.privacy;

import io.aisle.common.Db;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * What the database still holds of one shopper, looked up in every table of the schema that has a customer,
 * session or conversation column (so tables added later are checked too), and in the event log's text.
 */
final class Remains {

    private Remains() {
    }

    /** "table.column" -> rows still pointing at the shopper; empty when nothing is left. */
    static Map<String, Long> of(DataSource db, PrivacyFixtures.Shopper shopper, long customerRow) throws SQLException {
        Map<String, Long> left = new TreeMap<>();
        for (String[] column : keyColumns(db)) {
            String table = column[0];
            String name = column[1];
            Object value = switch (name) {
                case "customer_id" -> column[2].equals("text") ? shopper.customer() : customerRow;
                case "session_id" -> shopper.session();
                default -> shopper.conversation();
            };
            put(left, table + "." + name,
                    Db.count(db, "SELECT count(*) FROM " + table + " WHERE " + name + " = ?", value));
        }
        put(left, "customers.external_id", Db.count(db, "SELECT count(*) FROM customers WHERE external_id = ?",
                shopper.customer()));
        put(left, "conversations.id", Db.count(db, "SELECT count(*) FROM conversations WHERE id = ?",
                shopper.conversation()));
        put(left, "events.payload", Db.count(db, "SELECT count(*) FROM events WHERE payload::text LIKE ?",
                "%" + shopper.conversation() + "%"));
        return left;
    }

    private static void put(Map<String, Long> left, String key, long n) {
        if (n > 0) {
            left.put(key, n);
        }
    }

    private static List<String[]> keyColumns(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement("""
                SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                  AND c.column_name IN ('customer_id', 'session_id', 'conversation_id')
                  AND c.data_type IN ('text', 'bigint')
                ORDER BY 1, 2"""); ResultSet rs = st.executeQuery()) {
            List<String[]> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
            return out;
        }
    }
}
