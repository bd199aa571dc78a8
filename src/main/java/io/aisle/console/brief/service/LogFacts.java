package io.aisle.console.brief.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.aisle.assistant.conversation.Conversation;
import io.aisle.assistant.conversation.DialogueContext;
import io.aisle.assistant.conversation.DialogueContext.ShownProduct;
import io.aisle.assistant.conversation.StoredMessage;
import io.aisle.assistant.conversation.ToolCall;
import io.aisle.console.brief.model.HandoffBrief.BotAnswer;
import io.aisle.console.brief.model.HandoffBrief.DiscussedOrder;
import io.aisle.console.brief.model.HandoffBrief.DiscussedProduct;
import io.aisle.console.brief.model.HandoffBrief.IntentCount;
import io.aisle.console.brief.model.HandoffBrief.Wants;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The brief's facts read from a conversation's stored messages and tool results, nothing else. */
public final class LogFacts {

    static final String SHOPPER = "shopper";
    static final String ASSISTANT = "assistant";
    static final String HANDOFF_TOOL = "handoffToHuman";

    private LogFacts() {
    }

    public static List<String> shopperTexts(List<StoredMessage> transcript) {
        return transcript.stream().filter(m -> SHOPPER.equals(m.role())).map(StoredMessage::text).toList();
    }

    /** The shopper's message just before the answer whose handoff tool call was accepted last; null if none. */
    public static String handoffTrigger(List<StoredMessage> transcript) {
        for (int i = transcript.size() - 1; i >= 0; i--) {
            boolean handedOff = transcript.get(i).toolCalls().stream().anyMatch(call -> HANDOFF_TOOL.equals(call.name())
                    && call.result().path("accepted").asBoolean(false));
            if (handedOff) {
                for (int j = i - 1; j >= 0; j--) {
                    if (SHOPPER.equals(transcript.get(j).role())) {
                        return transcript.get(j).text();
                    }
                }
                return null;
            }
        }
        return null;
    }

    public static Wants wants(Conversation conversation, List<StoredMessage> transcript) {
        Map<String, Integer> intents = new LinkedHashMap<>();
        transcript.stream().filter(m -> SHOPPER.equals(m.role()) && m.intent() != null)
                .forEach(m -> intents.merge(m.intent(), 1, Integer::sum));
        DialogueContext dialogue = conversation.dialogue() == null ? DialogueContext.EMPTY : conversation.dialogue();
        return new Wants(intents.entrySet().stream().map(e -> new IntentCount(e.getKey(), e.getValue())).toList(),
                dialogue.lastQuery(), dialogue.minPrice(), dialogue.maxPrice(),
                dialogue.shown().stream().map(ShownProduct::sku).toList());
    }

    /** Product cards (sku, title, price) in any tool result, the most recently returned first, as returned then. */
    public static List<DiscussedProduct> products(List<StoredMessage> transcript, int max) {
        Map<String, JsonNode> cards = new LinkedHashMap<>();
        Map<String, Set<String>> tools = new LinkedHashMap<>();
        for (ToolCall call : newestFirst(transcript)) {
            collectCards(call.result(), call.name(), cards, tools);
        }
        return cards.values().stream().limit(max).map(card -> new DiscussedProduct(card.get("sku").asText(),
                card.get("title").asText(), card.get("price").decimalValue(), text(card, "currency"),
                card.path("stock").isInt() ? card.get("stock").asInt() : null,
                List.copyOf(tools.get(card.get("sku").asText())))).toList();
    }

    /** Orders the order tools looked up or listed, the most recent first. */
    public static List<DiscussedOrder> orders(List<StoredMessage> transcript) {
        Map<String, DiscussedOrder> orders = new LinkedHashMap<>();
        for (ToolCall call : newestFirst(transcript)) {
            JsonNode result = call.result();
            if ("orderStatus".equals(call.name()) && result.hasNonNull("orderNumber")) {
                DiscussedOrder order = result.path("order").isObject() ? order(result.get("order"), text(result, "outcome"))
                        : new DiscussedOrder(result.get("orderNumber").asText(), text(result, "outcome"), null, null,
                        null, null, List.of());
                orders.putIfAbsent(order.orderNumber(), order);
            } else if ("listMyOrders".equals(call.name())) {
                result.path("orders").forEach(o -> orders.putIfAbsent(text(o, "orderNumber"), order(o, "listed")));
            }
        }
        return List.copyOf(orders.values());
    }

    /** The assistant's latest answers, oldest of them first, each cut at a word boundary. */
    public static List<BotAnswer> botAnswers(List<StoredMessage> transcript, int max, int chars) {
        List<StoredMessage> answers = transcript.stream().filter(m -> ASSISTANT.equals(m.role())).toList();
        return answers.subList(Math.max(0, answers.size() - max), answers.size()).stream()
                .map(m -> new BotAnswer(m.intent(), cut(m.text(), chars), m.createdAt())).toList();
    }

    static String cut(String text, int chars) {
        if (text.length() <= chars) {
            return text;
        }
        int space = text.lastIndexOf(' ', chars);
        return text.substring(0, space > 0 ? space : chars).stripTrailing() + " …";
    }

    private static DiscussedOrder order(JsonNode o, String outcome) {
        List<String> items = new ArrayList<>();
        o.path("items").forEach(item -> items.add(item.asText()));
        return new DiscussedOrder(text(o, "orderNumber"), outcome, text(o, "status"), text(o, "placedOn"),
                o.path("total").isNumber() ? o.get("total").decimalValue() : null, text(o, "currency"), items);
    }

    private static List<ToolCall> newestFirst(List<StoredMessage> transcript) {
        List<ToolCall> calls = new ArrayList<>();
        for (int i = transcript.size() - 1; i >= 0; i--) {
            List<ToolCall> ofMessage = transcript.get(i).toolCalls();
            for (int j = ofMessage.size() - 1; j >= 0; j--) {
                calls.add(ofMessage.get(j));
            }
        }
        return calls;
    }

    private static void collectCards(JsonNode node, String tool, Map<String, JsonNode> cards,
                                     Map<String, Set<String>> tools) {
        if (node.isObject() && node.hasNonNull("sku") && node.path("title").isTextual() && node.path("price").isNumber()) {
            String sku = node.get("sku").asText();
            cards.putIfAbsent(sku, node);
            tools.computeIfAbsent(sku, k -> new LinkedHashSet<>()).add(tool);
        }
        node.forEach(child -> collectCards(child, tool, cards, tools));
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
