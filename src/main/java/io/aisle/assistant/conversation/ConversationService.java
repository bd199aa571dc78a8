package io.aisle.assistant.conversation;

import io.aisle.assistant.config.AssistantConfig;
import io.aisle.assistant.grounded.Reply;
import io.aisle.assistant.llm.AnsweredTurn;
import io.aisle.assistant.llm.TurnAnswerer;
import io.aisle.assistant.intent.IntentClassifier;
import io.aisle.assistant.intent.IntentPrediction;
import io.aisle.common.rest.InvalidRequestException;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Conversations: starting one, answering a shopper's turn (guard, store, classify, answer in grounded mode, store,
 * log) and transcripts; the human side (taking over, replying, resolving) is the agents' console (io.aisle.console).
 * A conversation is only visible to the customer it belongs to, or, while anonymous, to its session; to anyone else
 * it does not exist.
 */
@ApplicationScoped
public class ConversationService {

    private final ConversationRepository conversations;
    private final IntentClassifier classifier;
    private final TurnAnswerer answerer;
    private final AssistantEventLogger events;
    private final AssistantConfig config;

    public ConversationService(ConversationRepository conversations, IntentClassifier classifier,
                               TurnAnswerer answerer, AssistantEventLogger events, AssistantConfig config) {
        this.conversations = conversations;
        this.classifier = classifier;
        this.answerer = answerer;
        this.events = events;
        this.config = config;
    }

    public Conversation start(Shopper shopper) throws SQLException {
        String session = shopper.sessionId() != null ? shopper.sessionId() : "anon-" + UUID.randomUUID();
        return conversations.create("c-" + UUID.randomUUID(), session, shopper.customerId());
    }

    @WithSpan("assistant turn")
    public TurnResult turn(String conversationId, Shopper shopper, String text) throws SQLException {
        long started = System.nanoTime();
        if (text == null || text.isBlank()) {
            throw InvalidRequestException.single("text", "must not be blank");
        }
        if (text.length() > config.maxMessageChars()) {
            throw InvalidRequestException.single("text", "must be at most " + config.maxMessageChars()
                    + " characters, got " + text.length());
        }
        Conversation conversation = visible(conversationId, shopper);
        if (conversation.customerId() == null && shopper.customerId() != null) {
            conversations.attachCustomer(conversationId, shopper.customerId());
            conversation = visible(conversationId, shopper);
        }
        refuseOverRateLimit(shopper, conversation);
        InputGuard.Checked input = InputGuard.check(text.strip());
        if (conversation.state() == ConversationState.RESOLVED) {
            conversations.transition(conversationId, ConversationState.RESOLVED, ConversationState.BOT, null, null);
            conversation = visible(conversationId, shopper);
        }
        if (!conversation.state().botAnswers()) {
            long id = conversations.addMessage(conversationId, "shopper", input.text(), null, input.flags());
            events.shopperMessage(conversation, id, input.text(), null, input.flags());
            return new TurnResult(conversationId, null, List.of(), List.of(), conversation.state().wireName(), null, 0,
                    input.flags(), millisSince(started));
        }
        IntentPrediction prediction = classifier.classify(input.text());
        String intent = prediction.intent().wireName();
        long shopperMessage = conversations.addMessage(conversationId, "shopper", input.text(), intent, input.flags());
        events.shopperMessage(conversation, shopperMessage, input.text(), intent, input.flags());

        AnsweredTurn answered = answerer.answer(conversation, input.text(), prediction);
        Reply reply = answered.reply();
        long answerId = conversations.addMessage(conversationId, "assistant", reply.text(), intent, answered.flags());
        conversations.addToolCalls(conversationId, answerId, reply.toolCalls());
        conversations.saveDialogue(conversationId, reply.dialogue());
        String state = visible(conversationId, shopper).state().wireName();
        TurnResult result = new TurnResult(conversationId, reply.text(), reply.products(), reply.toolCalls(), state,
                intent, prediction.confidence(), input.flags(), millisSince(started));
        events.assistantMessage(conversation, answerId, result, answered);
        return result;
    }

    public List<StoredMessage> transcript(String conversationId, Shopper shopper) throws SQLException {
        visible(conversationId, shopper);
        return conversations.transcript(conversationId);
    }

    public Conversation get(String conversationId, Shopper shopper) throws SQLException {
        return visible(conversationId, shopper);
    }

    /** The input guard's rate limit: counted from the stored messages, so it holds across replicas and restarts. */
    private void refuseOverRateLimit(Shopper shopper, Conversation conversation) throws SQLException {
        int limit = config.rateLimit().turnsPerMinute();
        if (conversations.shopperMessagesLastMinute(conversation.sessionId(), shopper.customerId()) >= limit) {
            throw new RateLimitedException(limit);
        }
    }

    private Conversation visible(String id, Shopper shopper) throws SQLException {
        Conversation conversation = existing(id);
        boolean owner = conversation.customerId() != null ? conversation.customerId().equals(shopper.customerId())
                : conversation.sessionId().equals(shopper.sessionId());
        if (!owner) {
            throw new NotFoundException("no conversation " + id);
        }
        return conversation;
    }

    private Conversation existing(String id) throws SQLException {
        return conversations.find(id).orElseThrow(() -> new NotFoundException("no conversation " + id));
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
