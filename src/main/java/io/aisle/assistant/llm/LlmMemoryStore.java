package io.aisle.assistant.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageJsonCodec;
import dev.langchain4j.data.message.JacksonChatMessageJsonCodec;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The LLM's message list of each conversation (tool calls and results included) in PostgreSQL, so that a
 * conversation continues with the same context after a restart or on another replica.
 */
@ApplicationScoped
public class LlmMemoryStore implements ChatMemoryStore {

    /**
     * LangChain4j's own JSON form, not the one ChatMessageSerializer finds through the SPI: quarkus-langchain4j
     * 1.10.0 registers a codec there that cannot read back the user messages it writes.
     */
    private static final ChatMessageJsonCodec CODEC = new JacksonChatMessageJsonCodec();

    private final DataSource dataSource;

    public LlmMemoryStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<ChatMessage> getMessages(Object conversationId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT messages::text FROM conversation_llm_memory WHERE conversation_id = ?")) {
            st.setString(1, conversationId.toString());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? CODEC.messagesFromJson(rs.getString(1)) : List.of();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the LLM memory of conversation " + conversationId + " failed", e);
        }
    }

    @Override
    public void updateMessages(Object conversationId, List<ChatMessage> messages) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "INSERT INTO conversation_llm_memory (conversation_id, messages) VALUES (?, ?::jsonb)"
                        + " ON CONFLICT (conversation_id) DO UPDATE SET messages = excluded.messages, updated_at = now()")) {
            st.setString(1, conversationId.toString());
            st.setString(2, CODEC.messagesToJson(messages));
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("writing the LLM memory of conversation " + conversationId + " failed", e);
        }
    }

    @Override
    public void deleteMessages(Object conversationId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "DELETE FROM conversation_llm_memory WHERE conversation_id = ?")) {
            st.setString(1, conversationId.toString());
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("deleting the LLM memory of conversation " + conversationId + " failed", e);
        }
    }
}
