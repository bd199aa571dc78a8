package io.aisle.events.repository;

import io.aisle.common.jdbc.PgArrays;
import io.aisle.events.model.Event;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Appends events to the log. A batch is one statement over column arrays, so it is stored whole or
 * not at all, and {@code ON CONFLICT DO NOTHING} on the unique event_id makes re-sent events no-ops.
 * Events of an erased customer or session that happened before the erasure are left out the same way
 * (privacy_tombstones, docs/privacy.md).
 */
@ApplicationScoped
public class EventRepository {

    private static final String INSERT = """
            INSERT INTO events (event_id, type, occurred_at, customer_id, session_id, item_ids, query, payload)
            SELECT e.event_id, e.type, e.occurred_at, e.customer_id, e.session_id, e.item_ids::text[], e.query, e.payload::jsonb
            FROM unnest(?::text[], ?::text[], ?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 AS e(event_id, type, occurred_at, customer_id, session_id, item_ids, query, payload)
            WHERE e.occurred_at > (SELECT coalesce(max(erased_at), '-infinity') FROM privacy_tombstones)
               OR NOT EXISTS (SELECT 1 FROM privacy_tombstones t WHERE t.erased_at >= e.occurred_at
                              AND t.subject_hash IN (privacy_subject_hash('customer', e.customer_id),
                                                     privacy_subject_hash('session', e.session_id)))
            ON CONFLICT (event_id) DO NOTHING
            """;
    private static final String DEADLOCK = "40P01";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final int ATTEMPTS = 3;

    private final DataSource dataSource;

    public EventRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param events sorted by event id and free of repeated ids, so that concurrent writers of
     *               overlapping batches take row locks in the same order
     * @return how many were new
     */
    public int append(List<Event> events) throws SQLException {
        if (events.isEmpty()) {
            return 0;
        }
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                return insert(connection, events);
            } catch (SQLException e) {
                boolean transientConflict = DEADLOCK.equals(e.getSQLState()) || SERIALIZATION_FAILURE.equals(e.getSQLState());
                if (!transientConflict || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static int insert(Connection connection, List<Event> events) throws SQLException {
        int n = events.size();
        String[] ids = new String[n];
        String[] types = new String[n];
        String[] times = new String[n];
        String[] customers = new String[n];
        String[] sessions = new String[n];
        String[] items = new String[n];
        String[] queries = new String[n];
        String[] payloads = new String[n];
        for (int i = 0; i < n; i++) {
            Event e = events.get(i);
            ids[i] = e.eventId();
            types[i] = e.type().wireName();
            times[i] = e.occurredAt().toString();
            customers[i] = e.customerId();
            sessions[i] = e.sessionId();
            items[i] = PgArrays.textLiteral(e.itemIds());
            queries[i] = e.query();
            payloads[i] = e.payloadJson();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            String[][] columns = {ids, types, times, customers, sessions, items, queries, payloads};
            for (int c = 0; c < columns.length; c++) {
                insert.setArray(c + 1, connection.createArrayOf("text", columns[c]));
            }
            return insert.executeUpdate();
        }
    }
}
