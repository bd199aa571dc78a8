package io.aisle.console.brief.service;

import io.aisle.assistant.conversation.Conversation;
import io.aisle.assistant.conversation.ConversationRepository;
import io.aisle.assistant.conversation.ConversationState;
import io.aisle.assistant.conversation.StoredMessage;
import io.aisle.console.brief.config.BriefConfig;
import io.aisle.console.brief.model.HandoffBrief;
import io.aisle.console.brief.model.HandoffBrief.CustomerValue;
import io.aisle.console.brief.model.HandoffBrief.Handoff;
import io.aisle.console.brief.repository.HandoffTimes;
import io.aisle.ltv.repository.CustomerScoreRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.sql.SQLException;
import java.util.List;

/**
 * The handoff brief of a conversation, from its structured log: the handoff's reason and trigger, the shopper's
 * intents and last search, the products and orders the tools returned, the bot's answers, the shopper's mood, the
 * customer's value tier, and a written summary of these (by the LLM when one is configured and grounded).
 */
@ApplicationScoped
public class HandoffBriefService {

    private final ConversationRepository conversations;
    private final HandoffTimes handoffTimes;
    private final CustomerScoreRepository scores;
    private final LlmSummary summaries;
    private final BriefConfig config;

    public HandoffBriefService(ConversationRepository conversations, HandoffTimes handoffTimes,
                               CustomerScoreRepository scores, LlmSummary summaries, BriefConfig config) {
        this.conversations = conversations;
        this.handoffTimes = handoffTimes;
        this.scores = scores;
        this.summaries = summaries;
        this.config = config;
    }

    /** @throws NotFoundException when there is no such conversation */
    public HandoffBrief brief(String conversationId) throws SQLException {
        Conversation conversation = conversations.find(conversationId)
                .orElseThrow(() -> new NotFoundException("no conversation " + conversationId));
        List<StoredMessage> transcript = conversations.transcript(conversationId);
        HandoffBrief facts = new HandoffBrief(conversationId, conversation.state().wireName(),
                handoff(conversation, transcript), LogFacts.wants(conversation, transcript),
                LogFacts.products(transcript, config.maxProducts()), LogFacts.orders(transcript),
                LogFacts.botAnswers(transcript, config.maxAnswers(), config.answerChars()),
                MoodScorer.score(LogFacts.shopperTexts(transcript)), customer(conversation.customerId()), null);
        return facts.withSummary(summaries.summarise(facts));
    }

    private Handoff handoff(Conversation conversation, List<StoredMessage> transcript) throws SQLException {
        boolean handedOff = conversation.handoffReason() != null
                || conversation.state() == ConversationState.WAITING_FOR_AGENT
                || conversation.state() == ConversationState.WITH_AGENT;
        if (!handedOff) {
            return new Handoff(false, null, null, null);
        }
        return new Handoff(true, conversation.handoffReason(), LogFacts.handoffTrigger(transcript),
                handoffTimes.handedOffAt(conversation.id()).orElse(null));
    }

    private CustomerValue customer(String customerId) throws SQLException {
        if (customerId == null) {
            return new CustomerValue(null, null, null);
        }
        return scores.byCustomer(customerId)
                .map(s -> new CustomerValue(customerId, s.score().tier(), s.score().churnRisk()))
                .orElseGet(() -> new CustomerValue(customerId, null, null));
    }
}
