package io.aisle.security.privacy.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/**
 * Replaces raw chat text written before a cutoff with a marker, a batch per transaction so the job never holds
 * many locks for long. Roles, intents, flags, tool names, latency, token counts and numbers stay.
 */
@ApplicationScoped
public class RetentionRepository {

    public static final String MARKER = "[redacted]";

    private static final String MESSAGES = """
            UPDATE conversation_messages SET text = ?, redacted_at = now() WHERE id IN (
                SELECT id FROM conversation_messages WHERE redacted_at IS NULL AND created_at < ? LIMIT ?)""";
    private static final String TOOL_CALLS = """
            UPDATE conversation_tool_calls SET arguments = privacy_redact_strings(arguments, ?),
                result = privacy_redact_strings(result, ?), redacted_at = now() WHERE id IN (
                SELECT id FROM conversation_tool_calls WHERE redacted_at IS NULL AND created_at < ? LIMIT ?)""";
    // the LLM's working copy of a conversation (rebuilt empty when missing); the record is in the tables above
    private static final String LLM_MEMORY = """
            DELETE FROM conversation_llm_memory WHERE conversation_id IN (
                SELECT conversation_id FROM conversation_llm_memory WHERE updated_at < ? LIMIT ?)""";
    // what follow-ups in a live conversation refer to: the last search words and the products shown
    private static final String DIALOGUES = """
            UPDATE conversations SET dialogue = '{}'::jsonb WHERE id IN (
                SELECT id FROM conversations WHERE dialogue <> '{}'::jsonb AND updated_at < ? LIMIT ?)""";
    // the assistant's chat_turn events: text, and the arguments of the tool calls (see events_reject_update)
    private static final String EVENTS = """
            UPDATE events SET payload = payload || jsonb_build_object('redacted', 'retention')
                || CASE WHEN payload ?? 'text' THEN jsonb_build_object('text', ?::text) ELSE '{}'::jsonb END
                || CASE WHEN jsonb_typeof(payload -> 'toolCalls') = 'array' THEN jsonb_build_object('toolCalls',
                       (SELECT coalesce(jsonb_agg(CASE WHEN jsonb_typeof(t) = 'object' AND t ?? 'arguments'
                            THEN t || jsonb_build_object('arguments', privacy_redact_strings(t -> 'arguments', ?))
                            ELSE t END ORDER BY i), '[]'::jsonb)
                        FROM jsonb_array_elements(payload -> 'toolCalls') WITH ORDINALITY AS a(t, i)))
                   ELSE '{}'::jsonb END
            WHERE seq IN (SELECT seq FROM events
                          WHERE type = 'chat_turn' AND NOT payload ?? 'redacted' AND occurred_at < ? LIMIT ?)""";

    private final DataSource dataSource;

    public RetentionRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long redactMessages(OffsetDateTime cutoff, int batch) throws SQLException {
        return inBatches(MESSAGES, batch, false, MARKER, cutoff);
    }

    public long redactToolCalls(OffsetDateTime cutoff, int batch) throws SQLException {
        return inBatches(TOOL_CALLS, batch, false, MARKER, MARKER, cutoff);
    }

    public long dropLlmMemories(OffsetDateTime cutoff, int batch) throws SQLException {
        return inBatches(LLM_MEMORY, batch, false, cutoff);
    }

    public long clearDialogues(OffsetDateTime cutoff, int batch) throws SQLException {
        return inBatches(DIALOGUES, batch, false, cutoff);
    }

    public long redactChatEvents(OffsetDateTime cutoff, int batch) throws SQLException {
        return inBatches(EVENTS, batch, true, MARKER, MARKER, cutoff);
    }

    /** Runs the statement (its last parameter is the batch size) until a batch comes back short. */
    private long inBatches(String sql, int batch, boolean eventLog, Object... params) throws SQLException {
        long total = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement allow = c.prepareStatement(
                    "SELECT set_config('aisle.retention_redaction', ?, true)");
                 PreparedStatement st = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    st.setObject(i + 1, params[i]);
                }
                st.setInt(params.length + 1, batch);
                int n;
                do {
                    allow.setString(1, eventLog ? "on" : "off");
                    allow.execute();
                    n = st.executeUpdate();
                    c.commit();
                    total += n;
                } while (n == batch);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        return total;
    }
}
