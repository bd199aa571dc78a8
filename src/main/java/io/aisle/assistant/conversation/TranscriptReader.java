package io.aisle.assistant.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The messages of many conversations at once, each with the tool calls behind it: two queries per batch. */
@ApplicationScoped
public class TranscriptReader {

    private final ObjectMapper mapper;

    public TranscriptReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Each conversation's messages in order; a conversation without messages is absent. */
    public Map<String, List<StoredMessage>> read(Connection c, List<String> conversationIds) throws SQLException {
        Map<Long, List<ToolCall>> calls = toolCalls(c, conversationIds);
        Map<String, List<StoredMessage>> out = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT conversation_id, id, role, text, intent, flags, created_at"
                + " FROM conversation_messages WHERE conversation_id = ANY (?) ORDER BY conversation_id, id")) {
            st.setArray(1, c.createArrayOf("text", conversationIds.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(2);
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new StoredMessage(id,
                            rs.getString(3), rs.getString(4), rs.getString(5), strings(rs.getArray(6)),
                            rs.getObject(7, OffsetDateTime.class), calls.getOrDefault(id, List.of())));
                }
            }
        }
        return out;
    }

    private Map<Long, List<ToolCall>> toolCalls(Connection c, List<String> conversationIds) throws SQLException {
        Map<Long, List<ToolCall>> out = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT message_id, name, arguments::text, result::text,"
                + " latency_ms FROM conversation_tool_calls WHERE conversation_id = ANY (?) AND message_id IS NOT NULL"
                + " ORDER BY id")) {
            st.setArray(1, c.createArrayOf("text", conversationIds.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ToolCall(rs.getString(2),
                            mapper.readTree(rs.getString(3)), mapper.readTree(rs.getString(4)), rs.getLong(5)));
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored tool call JSON is unreadable", e);
            }
        }
        return out;
    }

    public static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
