package io.aisle.console.brief.service;

import io.aisle.console.brief.model.HandoffBrief;
import io.aisle.console.brief.model.HandoffBrief.DiscussedOrder;
import io.aisle.console.brief.model.HandoffBrief.DiscussedProduct;
import io.aisle.console.brief.model.HandoffBrief.Wants;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/** The deterministic summary of a brief: its facts in fixed sentences, prices and numbers as the tools gave them. */
public final class TemplateSummary {

    private static final int PRODUCTS_NAMED = 5;

    private TemplateSummary() {
    }

    public static String write(HandoffBrief brief) {
        StringBuilder text = new StringBuilder();
        HandoffBrief.Handoff handoff = brief.handoff();
        if (handoff.handedOff()) {
            text.append("Handed off: ").append(sentence(handoff.reason() == null ? "no reason recorded" : handoff.reason()));
            if (handoff.triggerMessage() != null
                    && (handoff.reason() == null || !handoff.reason().contains(handoff.triggerMessage()))) {
                text.append(" The shopper wrote: \"").append(handoff.triggerMessage()).append("\".");
            }
        } else {
            text.append("Not handed off (the conversation is ").append(brief.state().replace('_', ' ')).append(").");
        }
        Wants wants = brief.wants();
        if (!wants.intents().isEmpty()) {
            text.append(" They asked about: ").append(wants.intents().stream()
                    .map(i -> i.intent().replace('_', ' ') + (i.messages() > 1 ? " (" + i.messages() + "x)" : ""))
                    .collect(Collectors.joining(", "))).append('.');
        }
        if (wants.lastSearch() != null) {
            text.append(" Last search: \"").append(wants.lastSearch()).append('"').append(bounds(wants)).append('.');
        }
        if (!brief.products().isEmpty()) {
            List<DiscussedProduct> named = brief.products().stream().limit(PRODUCTS_NAMED).toList();
            text.append(" Products discussed: ").append(named.stream().map(TemplateSummary::product)
                    .collect(Collectors.joining("; "))).append(more(brief.products().size() - named.size())).append('.');
        }
        if (!brief.orders().isEmpty()) {
            text.append(" Orders discussed: ").append(brief.orders().stream().map(TemplateSummary::order)
                    .collect(Collectors.joining("; "))).append('.');
        }
        if (!brief.botAnswers().isEmpty()) {
            text.append(" The bot's last answer: \"").append(brief.botAnswers().get(brief.botAnswers().size() - 1).text())
                    .append("\".");
        }
        text.append(" Mood: ").append(brief.mood().level());
        text.append(brief.mood().reasons().isEmpty() ? "." : " (" + String.join("; ", brief.mood().reasons()) + ").");
        HandoffBrief.CustomerValue customer = brief.customer();
        if (customer.customerId() == null) {
            text.append(" Anonymous shopper (not signed in).");
        } else {
            text.append(" Signed-in customer").append(customer.tier() == null ? ", no value tier yet."
                    : ", value tier " + customer.tier() + ".");
        }
        return text.toString();
    }

    static String money(BigDecimal amount, String currency) {
        String shown = amount.scale() < 2 ? amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString()
                : amount.toPlainString();
        if (currency == null) {
            return shown;
        }
        return switch (currency) {
            case "GBP" -> "£" + shown;
            case "EUR" -> "€" + shown;
            case "USD" -> "$" + shown;
            default -> shown + " " + currency;
        };
    }

    private static String product(DiscussedProduct p) {
        return p.title() + " (" + p.sku() + ", " + money(p.price(), p.currency()) + ")";
    }

    private static String order(DiscussedOrder o) {
        if (o.status() == null) {
            return o.orderNumber() + switch (String.valueOf(o.outcome())) {
                case "not_found_for_you" -> " (not found on the shopper's account)";
                case "not_signed_in" -> " (not looked up: the shopper was not signed in)";
                default -> " (" + o.outcome() + ")";
            };
        }
        return o.orderNumber() + " (" + o.status() + (o.placedOn() == null ? "" : ", placed " + o.placedOn())
                + (o.total() == null ? "" : ", " + money(o.total(), o.currency())) + ")";
    }

    private static String bounds(Wants wants) {
        if (wants.minPrice() != null && wants.maxPrice() != null) {
            return ", between " + wants.minPrice().toPlainString() + " and " + wants.maxPrice().toPlainString();
        }
        if (wants.maxPrice() != null) {
            return ", up to " + wants.maxPrice().toPlainString();
        }
        return wants.minPrice() != null ? ", from " + wants.minPrice().toPlainString() : "";
    }

    private static String more(int n) {
        return n > 0 ? " and " + n + " more" : "";
    }

    private static String sentence(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") || stripped.endsWith("?") || stripped.endsWith("!") ? stripped : stripped + ".";
    }
}
