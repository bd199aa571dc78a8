package io.aisle.console.brief.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an agent needs to take over a conversation without asking the shopper to repeat themselves, built from the
 * conversation's structured log: every product, price and order in it is as a tool returned it.
 *
 * @param summary a written paragraph over the other fields, by the LLM or the template
 */
public record HandoffBrief(String conversationId, String state, Handoff handoff, Wants wants,
                           List<DiscussedProduct> products, List<DiscussedOrder> orders, List<BotAnswer> botAnswers,
                           Mood mood, CustomerValue customer, Summary summary) {

    public HandoffBrief withSummary(Summary written) {
        return new HandoffBrief(conversationId, state, handoff, wants, products, orders, botAnswers, mood, customer,
                written);
    }

    /**
     * @param reason         conversations.handoff_reason (null when never handed off)
     * @param triggerMessage the shopper's message that the handoff answered, when a handoff tool call made it
     */
    public record Handoff(boolean handedOff, String reason, String triggerMessage, OffsetDateTime at) {
    }

    /**
     * @param intents       the classified intents of the shopper's messages, by first appearance, with counts
     * @param lastSearch    the last product search's words, and its price bounds (from the dialogue context)
     * @param lastShownSkus the products the last answer showed, in order
     */
    public record Wants(List<IntentCount> intents, String lastSearch, BigDecimal minPrice, BigDecimal maxPrice,
                        List<String> lastShownSkus) {
    }

    public record IntentCount(String intent, int messages) {
    }

    /** A product card as a tool returned it; {@code tools}: the tools that returned it. */
    public record DiscussedProduct(String sku, String title, BigDecimal price, String currency, Integer stock,
                                   List<String> tools) {
    }

    /**
     * @param outcome "found" or "listed" (with the order's facts), "not_found_for_you" or "not_signed_in" (the
     *                number the shopper gave, nothing else)
     */
    public record DiscussedOrder(String orderNumber, String outcome, String status, String placedOn, BigDecimal total,
                                 String currency, List<String> items) {
    }

    public record BotAnswer(String intent, String text, OffsetDateTime at) {
    }

    /** @param level calm, frustrated or angry; {@code reasons} say why, in words */
    public record Mood(String level, int score, List<String> reasons) {
    }

    /** @param tier the customer's value tier (top5, top20, rest, new) and churn risk when scored; all null for
     *             anonymous shoppers */
    public record CustomerValue(String customerId, String tier, Double churnRisk) {
    }

    /**
     * @param source         "llm" or "template"
     * @param model          the model that wrote it (llm), or that was asked and failed (template)
     * @param fallbackReasons why the template was used although a model is configured: llm_failed, llm_timeout,
     *                       or the ungrounded facts of the model's summary
     */
    public record Summary(String text, String source, String model, List<String> fallbackReasons) {

        public static final String LLM = "llm";
        public static final String TEMPLATE = "template";
    }
}
