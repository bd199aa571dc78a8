package io.aisle.assistant.grounded;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.assistant.conversation.Conversation;
import io.aisle.assistant.intent.Intent;
import io.aisle.assistant.intent.IntentPrediction;
import io.aisle.assistant.policy.PolicyPassage;
import io.aisle.assistant.tools.ProductCard;
import io.aisle.assistant.tools.ShoppingTools;
import io.aisle.assistant.tools.ToolResults.Handoff;
import io.aisle.assistant.tools.ToolResults.MyOrders;
import io.aisle.assistant.tools.ToolResults.OrderStatus;
import io.aisle.assistant.tools.ToolResults.OrderSummary;
import io.aisle.assistant.tools.ToolResults.PolicyAnswer;
import io.aisle.assistant.tools.ToolResults.Suggestion;
import io.aisle.assistant.tools.ToolResults.Suggestions;
import io.aisle.search.service.QueryVocabularyCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Grounded mode: answers without a language model. The classified intent picks the tools, the slots fill their
 * arguments, and templates turn the tool results into the answer, so every fact stated comes from a tool result.
 */
@ApplicationScoped
public class GroundedAssistant {

    private static final double CLOSE_SECOND = 0.08;

    private final ShoppingTools tools;
    private final ProductAnswers products;
    private final QueryVocabularyCache vocabulary;
    private final ObjectMapper mapper;

    public GroundedAssistant(ShoppingTools tools, ProductAnswers products, QueryVocabularyCache vocabulary,
                             ObjectMapper mapper) {
        this.tools = tools;
        this.products = products;
        this.vocabulary = vocabulary;
        this.mapper = mapper;
    }

    /** @param message the shopper's message, personal data already masked */
    public Reply reply(Conversation conversation, String message, IntentPrediction prediction) {
        Turn turn = new Turn(conversation.id(), message, SlotExtractor.extract(message, vocabulary.get()),
                conversation.dialogue(), new ToolRecorder(mapper));
        if (!prediction.confident()) {
            return turn.answer("Sorry, I'm not sure I understood. I can search products, answer questions about them, "
                    + "check your orders and explain our policies. " + Answers.OFFER_HUMAN);
        }
        return switch (prediction.intent()) {
            case SEARCH -> products.search(turn);
            case PRODUCT_QUESTION -> products.question(turn);
            case COMPARE -> products.compare(turn);
            case SIMILAR -> products.similar(turn);
            case RECOMMEND -> recommend(turn);
            case ORDER_STATUS -> orderStatus(turn);
            case LIST_ORDERS -> listOrders(turn);
            case POLICY -> policy(turn);
            case HANDOFF -> handoff(turn, "shopper asked: " + message);
            case GREETING -> turn.answer(Answers.GREETING);
            case THANKS -> turn.answer(Answers.THANKS);
            case OUT_OF_SCOPE -> turn.answer(Answers.CANNOT_HELP);
        };
    }

    private Reply recommend(Turn turn) {
        Suggestions found = turn.tools().call("recommendForMe", Map.of(), () -> tools.recommendForMe(turn.conversationId()));
        if (found.items().isEmpty()) {
            return turn.answer("I have no suggestions yet. Tell me what you are looking for and I will search for it.");
        }
        StringBuilder text = new StringBuilder("trending".equals(found.source())
                ? "Here is what other shoppers like right now:" : "You might like these:");
        List<ProductCard> cards = found.items().stream().map(Suggestion::product).toList();
        for (int i = 0; i < found.items().size(); i++) {
            Suggestion s = found.items().get(i);
            text.append('\n').append(Answers.line(i, s.product())).append(s.reason() == null ? "" : " - " + s.reason());
        }
        return turn.showing(text.toString(), cards, Intent.RECOMMEND.wireName());
    }

    private Reply orderStatus(Turn turn) {
        String number = turn.slots().orderNumber();
        if (number == null) {
            MyOrders mine = turn.tools().call("listMyOrders", Map.of(), () -> tools.listMyOrders(turn.conversationId()));
            if (!mine.signedIn()) {
                return turn.answer(Answers.SIGN_IN);
            }
            return turn.answer(mine.orders().isEmpty() ? "I can't find any orders on your account."
                    : "Your latest order: " + Answers.order(mine.orders().get(0))
                    + " For another order, tell me its order number.");
        }
        OrderStatus status = turn.tools().call("orderStatus", Map.of("orderNumber", number),
                () -> tools.orderStatus(turn.conversationId(), number));
        return switch (status.outcome()) {
            case "found" -> turn.answer(Answers.order(status.order()) + " It contains: "
                    + String.join("; ", status.order().items()) + ".");
            case "not_signed_in" -> turn.answer(Answers.SIGN_IN);
            default -> turn.answer("I couldn't find order " + number + " on your account. Please check the number; "
                    + Answers.OFFER_HUMAN.substring(0, 1).toLowerCase() + Answers.OFFER_HUMAN.substring(1));
        };
    }

    private Reply listOrders(Turn turn) {
        MyOrders mine = turn.tools().call("listMyOrders", Map.of(), () -> tools.listMyOrders(turn.conversationId()));
        if (!mine.signedIn()) {
            return turn.answer(Answers.SIGN_IN);
        }
        if (mine.orders().isEmpty()) {
            return turn.answer("You have no orders with us yet.");
        }
        StringBuilder text = new StringBuilder("Your latest orders:");
        for (OrderSummary order : mine.orders()) {
            text.append('\n').append(Answers.order(order));
        }
        return turn.answer(text.toString());
    }

    private Reply policy(Turn turn) {
        PolicyAnswer answer = turn.tools().call("storePolicy", Map.of("question", turn.message()),
                () -> tools.storePolicy(turn.message()));
        if (answer.passages().isEmpty()) {
            return turn.answer("I couldn't find that in our store policies. " + Answers.OFFER_HUMAN);
        }
        // a close second passage often holds the other half of the answer (costs next to times, say)
        StringBuilder text = new StringBuilder();
        double best = answer.passages().get(0).similarity();
        for (PolicyPassage passage : answer.passages()) {
            if (passage.similarity() >= best - CLOSE_SECOND) {
                text.append(text.isEmpty() ? "" : "\n").append(passage.heading()).append(" (").append(passage.title())
                        .append("): ").append(passage.text());
            }
        }
        return turn.answer(text.toString());
    }

    private Reply handoff(Turn turn, String reason) {
        Handoff handoff = turn.tools().call("handoffToHuman", Map.of("reason", reason),
                () -> tools.handoffToHuman(turn.conversationId(), reason));
        return turn.answer(handoff.accepted()
                ? "I've asked a member of our team to join this chat; they will reply here as soon as they can."
                : "A member of our team has already been asked to join this chat.");
    }
}
