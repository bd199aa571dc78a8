package io.aisle.console.service;

import io.aisle.assistant.conversation.Conversation;
import io.aisle.assistant.conversation.ConversationRepository;
import io.aisle.assistant.conversation.ConversationState;
import io.aisle.assistant.conversation.InputGuard;
import io.aisle.assistant.ws.LiveConversations;
import io.aisle.common.rest.InvalidRequestException;
import io.aisle.console.config.ConsoleConfig;
import io.aisle.console.repository.AssignmentRepository;
import io.aisle.console.repository.CannedReplyRepository;
import io.aisle.security.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The human side of a conversation: an agent takes it over (the bot falls silent), writes to the shopper, hands it
 * back to the bot or resolves it. Every step reaches the shopper's open widget at once and is audited.
 */
@ApplicationScoped
public class ConversationHandling {

    private static final String CONVERSATION = "conversation";

    private final ConversationRepository conversations;
    private final AssignmentRepository assignments;
    private final AssignmentService assigner;
    private final CannedReplyRepository canned;
    private final LiveConversations live;
    private final AuditLog audit;
    private final ConsoleConfig config;

    public ConversationHandling(ConversationRepository conversations, AssignmentRepository assignments,
                                AssignmentService assigner, CannedReplyRepository canned, LiveConversations live,
                                AuditLog audit, ConsoleConfig config) {
        this.conversations = conversations;
        this.assignments = assignments;
        this.assigner = assigner;
        this.canned = canned;
        this.live = live;
        this.audit = audit;
        this.config = config;
    }

    /** From the queue (waiting_for_agent) or from the bot's live view (bot) to this agent (with_agent). */
    public Conversation takeOver(String id, String agent) throws SQLException {
        Conversation before = existing(id);
        boolean taken = conversations.transition(id, ConversationState.WAITING_FOR_AGENT, ConversationState.WITH_AGENT,
                null, agent)
                || conversations.transition(id, ConversationState.BOT, ConversationState.WITH_AGENT,
                "taken over by an agent", agent);
        if (!taken) {
            throw InvalidRequestException.single("state", "conversation is " + existing(id).state().wireName()
                    + "; only a conversation with the bot or waiting for an agent can be taken over");
        }
        assignments.claim(id, agent);
        audit.record(agent, "take_over", CONVERSATION, id, Map.of("from", before.state().wireName()));
        return changed(id);
    }

    /** The agent who holds it gives it back to the bot, which answers the shopper's next message. */
    public Conversation handBack(String id, String agent) throws SQLException {
        held(id, agent);
        if (!conversations.transition(id, ConversationState.WITH_AGENT, ConversationState.BOT, null, null)) {
            throw InvalidRequestException.single("state", "conversation " + id + " changed hands meanwhile");
        }
        assignments.release(id);
        audit.record(agent, "hand_back", CONVERSATION, id, Map.of());
        Conversation after = changed(id);
        assigner.assignWaiting();
        return after;
    }

    /**
     * The agent who holds the conversation writes to the shopper.
     * @param cannedReply the shortcut of the canned reply the text started from, or null
     */
    public Conversation reply(String id, String agent, String text, String cannedReply) throws SQLException {
        if (text == null || text.isBlank()) {
            throw InvalidRequestException.single("text", "must not be blank");
        }
        if (text.length() > config.maxReplyChars()) {
            throw InvalidRequestException.single("text", "must be at most " + config.maxReplyChars()
                    + " characters, got " + text.length());
        }
        if (cannedReply != null && canned.find(cannedReply).isEmpty()) {
            throw InvalidRequestException.single("cannedReply", "no canned reply '" + cannedReply + "'");
        }
        Conversation conversation = held(id, agent);
        String stored = InputGuard.check(text.strip()).text();
        conversations.addMessage(id, "agent", stored, null, List.of());
        if (cannedReply != null) {
            canned.countUse(cannedReply);
        }
        audit.record(agent, "agent_reply", CONVERSATION, id, cannedReply == null ? Map.of("chars", stored.length())
                : Map.of("chars", stored.length(), "cannedReply", cannedReply));
        live.agentMessage(id, stored);
        return conversation;
    }

    /** Closes it: the holder may resolve one with an agent; any agent one still waiting or with the bot. */
    public Conversation resolve(String id, String agent) throws SQLException {
        Conversation conversation = existing(id);
        if (conversation.state() == ConversationState.WITH_AGENT) {
            held(id, agent);
        }
        if (conversation.state() == ConversationState.RESOLVED
                || !conversations.transition(id, conversation.state(), ConversationState.RESOLVED, null, null)) {
            throw InvalidRequestException.single("state", "conversation is already resolved");
        }
        assignments.release(id);
        audit.record(agent, "resolve", CONVERSATION, id, Map.of("from", conversation.state().wireName()));
        Conversation after = changed(id);
        assigner.assignWaiting();
        return after;
    }

    public Conversation existing(String id) throws SQLException {
        return conversations.find(id).orElseThrow(() -> new NotFoundException("no conversation " + id));
    }

    private Conversation held(String id, String agent) throws SQLException {
        Conversation conversation = existing(id);
        if (conversation.state() != ConversationState.WITH_AGENT || !Objects.equals(agent, conversation.agentId())) {
            throw InvalidRequestException.single("state", "conversation is " + conversation.state().wireName()
                    + (conversation.state() == ConversationState.WITH_AGENT ? " held by another agent" : "")
                    + "; only the agent who holds it can do that");
        }
        return conversation;
    }

    private Conversation changed(String id) throws SQLException {
        Conversation conversation = existing(id);
        live.stateChanged(conversation);
        return conversation;
    }
}
