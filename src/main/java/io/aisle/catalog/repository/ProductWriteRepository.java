package io.aisle.catalog.repository;

import io.aisle.catalog.model.ProductDraft;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Bulk upsert of products by sku, as set-based statements over column arrays. Rows whose content
 * is unchanged are left alone, so re-importing a catalog touches nothing.
 */
@ApplicationScoped
public class ProductWriteRepository {

    private static final int CHUNK = 5_000;
    private static final String UPSERT = """
            INSERT INTO products AS p (sku, title, description, category_path, attributes, price, currency, stock)
            SELECT r.sku, r.title, r.description, r.category_path, r.attributes::jsonb, r.price, r.currency, r.stock
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::text[], ?::int[])
                 AS r(sku, title, description, category_path, attributes, price, currency, stock)
            ON CONFLICT (sku) DO UPDATE SET
                title = excluded.title, description = excluded.description, category_path = excluded.category_path,
                attributes = excluded.attributes, price = excluded.price, currency = excluded.currency,
                stock = excluded.stock, updated_at = now()
            WHERE (p.title, p.description, p.category_path, p.attributes, p.price, p.currency, p.stock)
                  IS DISTINCT FROM
                  (excluded.title, excluded.description, excluded.category_path, excluded.attributes,
                   excluded.price, excluded.currency, excluded.stock)
            RETURNING (xmax = 0) AS created
            """;

    private final DataSource dataSource;

    public ProductWriteRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** How many products an upsert added and how many it changed; the rest were already as sent. */
    public record UpsertCounts(long created, long updated) {
    }

    /** Runs inside the caller's JTA transaction. */
    public UpsertCounts upsert(List<ProductDraft> drafts) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return upsert(connection, drafts);
        }
    }

    /** Runs in whatever transaction the given connection is in. */
    public UpsertCounts upsert(Connection connection, List<ProductDraft> drafts) throws SQLException {
        long created = 0;
        long updated = 0;
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (int from = 0; from < drafts.size(); from += CHUNK) {
                bind(connection, upsert, drafts.subList(from, Math.min(drafts.size(), from + CHUNK)));
                try (ResultSet rs = upsert.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getBoolean(1)) {
                            created++;
                        } else {
                            updated++;
                        }
                    }
                }
            }
        }
        return new UpsertCounts(created, updated);
    }

    private static void bind(Connection connection, PreparedStatement upsert, List<ProductDraft> drafts) throws SQLException {
        int n = drafts.size();
        Object[][] columns = new Object[8][n];
        for (int i = 0; i < n; i++) {
            ProductDraft d = drafts.get(i);
            columns[0][i] = d.sku();
            columns[1][i] = d.title();
            columns[2][i] = d.description();
            columns[3][i] = d.categoryPath();
            columns[4][i] = d.attributesJson();
            columns[5][i] = d.price().toPlainString();
            columns[6][i] = d.currency();
            columns[7][i] = Integer.toString(d.stock());
        }
        for (int c = 0; c < columns.length; c++) {
            upsert.setArray(c + 1, connection.createArrayOf("text", columns[c]));
        }
    }
}
