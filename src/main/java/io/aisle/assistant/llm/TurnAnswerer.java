package io.aisle.assistant.llm;

import io.aisle.assistant.config.AssistantConfig;
import io.aisle.assistant.conversation.Conversation;
import io.aisle.assistant.conversation.ConversationRepository;
import io.aisle.assistant.grounded.Answers;
import io.aisle.assistant.grounded.GroundedAssistant;
import io.aisle.assistant.grounded.Reply;
import io.aisle.assistant.intent.Intent;
import io.aisle.assistant.intent.IntentPrediction;
import io.aisle.assistant.personal.Helpfulness;
import io.aisle.assistant.personal.ShopperProfile;
import io.aisle.assistant.personal.ShopperProfiles;
import io.aisle.assistant.conversation.DialogueContext.ShownProduct;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers a turn: with the chat model when one is configured, else (and whenever the model fails, times out or
 * cannot ground its answer) in grounded mode. Then offers a human after too many unhelpful answers in a row,
 * sooner for the customers the store most wants to keep, and queues their handoffs first.
 */
@ApplicationScoped
public class TurnAnswerer {

    private final LlmAssistant llm;
    private final GroundedAssistant grounded;
    private final ShopperProfiles profiles;
    private final ConversationRepository conversations;
    private final AssistantConfig.Personalisation settings;

    public TurnAnswerer(LlmAssistant llm, GroundedAssistant grounded, ShopperProfiles profiles,
                        ConversationRepository conversations, AssistantConfig config) {
        this.llm = llm;
        this.grounded = grounded;
        this.profiles = profiles;
        this.conversations = conversations;
        this.settings = config.personalisation();
    }

    /** @param message the shopper's message, personal data already masked */
    public AnsweredTurn answer(Conversation conversation, String message, IntentPrediction prediction)
            throws SQLException {
        ShopperProfile shopper = profiles.of(conversation.customerId());
        conversations.setPriority(conversation.id(), shopper.queuePriority());
        AnsweredTurn turn = llm.available() ? withModel(conversation, message, prediction, shopper)
                : grounded(conversation, message, prediction, List.of(), List.of(), null, 0, 0);
        return offeringHumanWhenStuck(conversation, prediction, shopper, turn);
    }

    private AnsweredTurn withModel(Conversation conversation, String message, IntentPrediction prediction,
                                   ShopperProfile shopper) throws SQLException {
        LlmTurn turn = llm.answer(conversation, message, shopper);
        if (turn.answered()) {
            Reply reply = new Reply(turn.answer(), turn.products(), turn.toolCalls(), conversation.dialogue()
                    .showing(turn.products().stream().map(p -> new ShownProduct(p.sku(), p.price())).toList(), "llm"));
            return new AnsweredTurn(reply, turn.model(), turn.inputTokens(),
                    turn.outputTokens(), turn.flags(), List.of());
        }
        // the model's tools may have changed the conversation (a handoff), so grounded mode reads it afresh
        Conversation current = conversations.find(conversation.id()).orElse(conversation);
        AnsweredTurn fallback = grounded(current, message, prediction, turn.flags(), turn.problems(), turn.model(),
                turn.inputTokens(), turn.outputTokens());
        llm.rememberFallback(conversation.id(), message, fallback.reply().text());
        return fallback;
    }

    private AnsweredTurn grounded(Conversation conversation, String message, IntentPrediction prediction,
                                  List<String> flags, List<String> problems, String attemptedModel, int in, int out) {
        Reply reply = grounded.reply(conversation, message, prediction);
        String model = attemptedModel == null ? AnsweredTurn.GROUNDED
                : AnsweredTurn.GROUNDED + " (after " + attemptedModel + ")";
        return new AnsweredTurn(reply, model, in, out, flags, problems);
    }

    private AnsweredTurn offeringHumanWhenStuck(Conversation conversation, IntentPrediction prediction,
                                               ShopperProfile shopper, AnsweredTurn turn) throws SQLException {
        Reply reply = turn.reply();
        boolean offered = reply.text().contains(Answers.OFFER_HUMAN);
        // the classifier's reading only judges grounded answers; the model reads the message itself
        boolean misread = turn.model().startsWith(AnsweredTurn.GROUNDED)
                && (!prediction.confident() || prediction.intent() == Intent.OUT_OF_SCOPE);
        boolean unhelpful = offered || misread || Helpfulness.foundNothing(reply.toolCalls());
        if (!unhelpful) {
            return turn;
        }
        List<String> flags = new ArrayList<>(turn.flags());
        flags.add(AnsweredTurn.UNHELPFUL);
        int needed = shopper.priority() ? settings.offerHumanAfterForPriority() : settings.offerHumanAfter();
        int streak = 1 + conversations.unhelpfulAnswersInARow(conversation.id(), AnsweredTurn.UNHELPFUL);
        if (!offered && streak >= needed) {
            reply = new Reply(reply.text() + "\n" + Answers.OFFER_HUMAN, reply.products(), reply.toolCalls(), reply.dialogue());
            flags.add(AnsweredTurn.HUMAN_OFFERED);
        }
        return new AnsweredTurn(reply, turn.model(), turn.inputTokens(), turn.outputTokens(), flags, turn.problems());
    }
}
