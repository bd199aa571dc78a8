package io.aisle.console.service;

import io.aisle.common.rest.InvalidRequestException;
import io.aisle.console.config.ConsoleConfig;
import io.aisle.console.repository.Note;
import io.aisle.console.repository.NoteRepository;
import io.aisle.security.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Agents' private notes: stored beside the conversation, never sent to the shopper. */
@ApplicationScoped
public class NoteService {

    private final NoteRepository notes;
    private final ConversationHandling handling;
    private final AuditLog audit;
    private final ConsoleConfig config;

    public NoteService(NoteRepository notes, ConversationHandling handling, AuditLog audit, ConsoleConfig config) {
        this.notes = notes;
        this.handling = handling;
        this.audit = audit;
        this.config = config;
    }

    public Note add(String conversationId, String agent, String text) throws SQLException {
        if (text == null || text.isBlank()) {
            throw InvalidRequestException.single("text", "must not be blank");
        }
        if (text.length() > config.maxNoteChars()) {
            throw InvalidRequestException.single("text", "must be at most " + config.maxNoteChars()
                    + " characters, got " + text.length());
        }
        handling.existing(conversationId);
        Note note = notes.add(conversationId, agent, text.strip());
        audit.record(agent, "note", "conversation", conversationId, Map.of("noteId", note.id()));
        return note;
    }

    public List<Note> of(String conversationId) throws SQLException {
        handling.existing(conversationId);
        return notes.of(conversationId);
    }
}
