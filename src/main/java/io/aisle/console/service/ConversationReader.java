package io.aisle.console.service;

import io.aisle.assistant.conversation.ConversationRepository;
import io.aisle.assistant.ws.LiveConversations;
import io.aisle.console.repository.InboxRepository;
import io.aisle.console.repository.NoteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.sql.SQLException;

/** The conversation view of the console: transcript with tool calls, notes, presence of the shopper. */
@ApplicationScoped
public class ConversationReader {

    private final InboxRepository inbox;
    private final ConversationRepository conversations;
    private final NoteRepository notes;
    private final LiveConversations live;

    public ConversationReader(InboxRepository inbox, ConversationRepository conversations, NoteRepository notes,
                              LiveConversations live) {
        this.inbox = inbox;
        this.conversations = conversations;
        this.notes = notes;
        this.live = live;
    }

    public ConversationDetail detail(String id) throws SQLException {
        var summary = inbox.find(id).orElseThrow(() -> new NotFoundException("no conversation " + id));
        return new ConversationDetail(summary, live.sockets(id) > 0, conversations.transcript(id), notes.of(id));
    }
}
