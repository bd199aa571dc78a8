package io.aisle.security.privacy.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aisle.common.jdbc.ReadTransaction;
import io.aisle.security.privacy.service.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Everything the store holds about a subject, as JSON built by PostgreSQL, read in one transaction so the sections
 * agree. Staff names (the agent who held a conversation, the reviewer who labelled it) are the staff's data and are
 * left out.
 */
@ApplicationScoped
public class ExportRepository {

    private static final String CUSTOMER = """
            SELECT jsonb_build_object('customerId', external_id, 'country', country, 'createdAt', created_at)
            FROM customers WHERE external_id = ?""";
    private static final String ORDERS = """
            SELECT coalesce(jsonb_agg(jsonb_build_object('orderNumber', o.order_number, 'status', o.status,
                'placedAt', o.placed_at, 'updatedAt', o.updated_at, 'currency', o.currency, 'totalAmount', o.total_amount,
                'lines', (SELECT coalesce(jsonb_agg(jsonb_build_object('lineNo', l.line_no, 'sku', p.sku, 'title', p.title,
                          'quantity', l.quantity, 'unitPrice', l.unit_price, 'amount', l.amount) ORDER BY l.line_no), '[]')
                          FROM order_lines l JOIN products p ON p.id = l.product_id WHERE l.order_id = o.id))
                ORDER BY o.placed_at, o.id), '[]')
            FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.external_id = ?""";
    private static final String CONVERSATIONS = """
            SELECT coalesce(jsonb_agg(jsonb_build_object('conversationId', v.id, 'sessionId', v.session_id,
                'state', v.state, 'handoffReason', v.handoff_reason, 'createdAt', v.created_at, 'updatedAt', v.updated_at,
                'resolvedAt', v.resolved_at, 'dialogue', v.dialogue,
                'labels', (SELECT coalesce(jsonb_agg(jsonb_build_object('label', l.label, 'note', l.note,
                    'messageId', l.message_id, 'createdAt', l.created_at) ORDER BY l.id), '[]')
                    FROM conversation_labels l WHERE l.conversation_id = v.id),
                'agentNotes', (SELECT coalesce(jsonb_agg(jsonb_build_object('text', n.text, 'createdAt', n.created_at)
                    ORDER BY n.id), '[]') FROM conversation_notes n WHERE n.conversation_id = v.id),
                'messages', (SELECT coalesce(jsonb_agg(jsonb_build_object('id', m.id, 'role', m.role, 'text', m.text,
                    'intent', m.intent, 'flags', to_jsonb(m.flags), 'createdAt', m.created_at,
                    'toolCalls', (SELECT coalesce(jsonb_agg(jsonb_build_object('name', t.name, 'arguments', t.arguments,
                                  'result', t.result, 'latencyMs', t.latency_ms, 'createdAt', t.created_at) ORDER BY t.id), '[]')
                                  FROM conversation_tool_calls t WHERE t.message_id = m.id)) ORDER BY m.id), '[]')
                    FROM conversation_messages m WHERE m.conversation_id = v.id)) ORDER BY v.created_at, v.id), '[]')
            FROM conversations v WHERE\s""" + Scope.OWNED;
    private static final String EVENTS = """
            SELECT coalesce(jsonb_agg(jsonb_build_object('eventId', event_id, 'type', type, 'occurredAt', occurred_at,
                'customerId', customer_id, 'sessionId', session_id, 'itemIds', to_jsonb(item_ids), 'query', query,
                'payload', payload) ORDER BY seq), '[]')
            FROM events WHERE\s""" + Scope.OWNED;
    private static final String LIFETIME_VALUE = """
            SELECT jsonb_build_object('predictedValue', s.predicted_value, 'expectedPurchases', s.expected_purchases,
                'probabilityAlive', s.probability_alive, 'churnRisk', s.churn_risk, 'tier', s.tier, 'drivers', s.drivers,
                'modelVersionId', s.model_version_id, 'scoredAt', s.scored_at)
            FROM customer_scores s JOIN customers c ON c.id = s.customer_id WHERE c.external_id = ?""";
    private static final String RECOMMENDATION_VECTORS = """
            SELECT coalesce(jsonb_agg(jsonb_build_object('modelVersionId', model_version_id, 'eventsSeq', events_seq,
                'updatedAt', updated_at, 'vector', embedding::text::jsonb) ORDER BY model_version_id), '[]')
            FROM rec_customer_vectors WHERE customer_id = ?""";

    private final DataSource dataSource;
    private final ObjectMapper mapper;

    public ExportRepository(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /** The sections of the export: customer, orders, conversations, events, lifetimeValue, recommendationVectors. */
    public ObjectNode read(Subject subject) throws SQLException {
        return ReadTransaction.run(dataSource, c -> {
            Scope scope = Scope.resolve(c, subject);
            ObjectNode out = mapper.createObjectNode();
            out.set("customer", byCustomer(c, CUSTOMER, scope));
            out.set("orders", byCustomer(c, ORDERS, scope));
            out.set("conversations", owned(c, CONVERSATIONS, scope));
            out.set("events", owned(c, EVENTS, scope));
            out.set("lifetimeValue", byCustomer(c, LIFETIME_VALUE, scope));
            out.set("recommendationVectors", byCustomer(c, RECOMMENDATION_VECTORS, scope));
            out.set("sessions", mapper.valueToTree(scope.sessions()));
            return out;
        }, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }

    private JsonNode byCustomer(Connection c, String sql, Scope scope) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, scope.customerId());
            return json(st);
        }
    }

    private JsonNode owned(Connection c, String sql, Scope scope) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            scope.bindOwned(c, st, 1);
            return json(st);
        }
    }

    private JsonNode json(PreparedStatement st) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            String text = rs.next() ? rs.getString(1) : null;
            return text == null ? mapper.nullNode() : mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL returned JSON that does not parse", e);
        }
    }
}
