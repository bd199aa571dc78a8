package io.aisle.assistant.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Conversations, their messages and tool calls: the assistant's memory, which outlives the app process. */
@ApplicationScoped
public class ConversationRepository {

    private static final String COLUMNS = "id, session_id, customer_id, state, handoff_reason, agent_id, dialogue::text,"
            + " created_at, updated_at";

    private final DataSource dataSource;
    private final ObjectMapper mapper;

    private final AssistantMetrics metrics;
    private final TranscriptReader transcripts;
    private final Event<HandedOff> handoffs;

    public ConversationRepository(DataSource dataSource, ObjectMapper mapper, AssistantMetrics metrics,
                                  TranscriptReader transcripts, Event<HandedOff> handoffs) {
        this.metrics = metrics;
        this.transcripts = transcripts;
        this.handoffs = handoffs;
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    public Conversation create(String id, String sessionId, String customerId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "INSERT INTO conversations (id, session_id, customer_id) VALUES (?, ?, ?) RETURNING " + COLUMNS)) {
            st.setString(1, id);
            st.setString(2, sessionId);
            st.setString(3, customerId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return conversation(rs);
            }
        }
    }

    public Optional<Conversation> find(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM conversations WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(conversation(rs)) : Optional.empty();
            }
        }
    }

    /** A shopper who signs in during an anonymous conversation continues it as that customer. */
    public void attachCustomer(String id, String customerId) throws SQLException {
        update("UPDATE conversations SET customer_id = ?, updated_at = now() WHERE id = ? AND customer_id IS NULL",
                customerId, id);
    }

    public void saveDialogue(String id, DialogueContext dialogue) throws SQLException {
        update("UPDATE conversations SET dialogue = ?::jsonb, updated_at = now() WHERE id = ?", json(dialogue), id);
    }

    /**
     * Moves the conversation from one state to another (compare-and-set, so two agents cannot both take it).
     * A conversation newly waiting for an agent is announced as {@link HandedOff} once the change is stored.
     * @return false when it was not in state {@code from}
     */
    public boolean transition(String id, ConversationState from, ConversationState to, String reason, String agentId)
            throws SQLException {
        String stamp = switch (to) {
            case WAITING_FOR_AGENT -> ", handed_off_at = now()";
            case RESOLVED -> ", resolved_at = now()";
            default -> "";
        };
        boolean moved = update("UPDATE conversations SET state = ?, handoff_reason = coalesce(?, handoff_reason),"
                + " agent_id = coalesce(?, agent_id), updated_at = now()" + stamp + " WHERE id = ? AND state = ?",
                to.wireName(), reason, agentId, id, from.wireName()) == 1;
        if (moved) {
            metrics.transitioned(from, to);
            if (to == ConversationState.WAITING_FOR_AGENT) {
                handoffs.fire(new HandedOff(id));
            }
        }
        return moved;
    }

    /** Where the conversation queues once handed off: higher first (see ShopperProfile). */
    public void setPriority(String id, int priority) throws SQLException {
        update("UPDATE conversations SET priority = ? WHERE id = ? AND priority <> ?", priority, id, priority);
    }

    /** How many of the conversation's latest answers in a row carry the flag. */
    public int unhelpfulAnswersInARow(String conversationId, String flag) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT ? = ANY (flags) FROM conversation_messages WHERE conversation_id = ? AND role = 'assistant'"
                        + " ORDER BY id DESC LIMIT 20")) {
            st.setString(1, flag);
            st.setString(2, conversationId);
            int streak = 0;
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next() && rs.getBoolean(1)) {
                    streak++;
                }
            }
            return streak;
        }
    }

    /** Messages the shopper of this session, or this signed-in customer, sent in the last minute. */
    public int shopperMessagesLastMinute(String sessionId, String customerId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT count(*) FROM conversation_messages m JOIN conversations v ON v.id = m.conversation_id"
                        + " WHERE m.role = 'shopper' AND m.created_at > now() - interval '1 minute'"
                        + " AND (v.session_id = ? OR v.customer_id = ?)")) {
            st.setString(1, sessionId);
            st.setString(2, customerId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    public long addMessage(String conversationId, String role, String text, String intent, List<String> flags)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "INSERT INTO conversation_messages (conversation_id, role, text, intent, flags) VALUES (?, ?, ?, ?, ?)"
                        + " RETURNING id")) {
            st.setString(1, conversationId);
            st.setString(2, role);
            st.setString(3, text);
            st.setString(4, intent);
            st.setArray(5, c.createArrayOf("text", flags.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public void addToolCalls(String conversationId, long messageId, List<ToolCall> calls) throws SQLException {
        if (calls.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "INSERT INTO conversation_tool_calls (conversation_id, message_id, name, arguments, result, latency_ms)"
                        + " VALUES (?, ?, ?, ?::jsonb, ?::jsonb, ?)")) {
            for (ToolCall call : calls) {
                st.setString(1, conversationId);
                st.setLong(2, messageId);
                st.setString(3, call.name());
                st.setString(4, json(call.arguments()));
                st.setString(5, json(call.result()));
                st.setInt(6, (int) Math.min(Integer.MAX_VALUE, call.latencyMs()));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** Every message in order, each with the tool calls made for it. */
    public List<StoredMessage> transcript(String conversationId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return transcripts.read(c, List.of(conversationId)).getOrDefault(conversationId, List.of());
        }
    }

    private Conversation conversation(ResultSet rs) throws SQLException {
        try {
            return new Conversation(rs.getString(1), rs.getString(2), rs.getString(3), ConversationState.of(rs.getString(4)),
                    rs.getString(5), rs.getString(6), mapper.readValue(rs.getString(7), DialogueContext.class),
                    rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored dialogue of conversation " + rs.getString(1) + " is unreadable", e);
        }
    }

    private int update(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            return st.executeUpdate();
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

}
