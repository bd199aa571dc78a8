package io.aisle.assistant.grounded;

import io.aisle.assistant.tools.ProductCard;
import io.aisle.assistant.tools.ToolResults.OrderSummary;
import io.aisle.assistant.tools.ToolResults.ProductDetails;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The sentences of grounded answers: every fact in them is a field of a tool result. */
public final class Answers {

    public static final String OFFER_HUMAN = "Would you like me to connect you to a person from our team?";
    static final String GREETING = "Hi! I can find products, tell you about them, compare them, suggest things you "
            + "might like, check your orders and explain our delivery, returns and payment policies. What can I do for you?";
    static final String THANKS = "You're welcome! Is there anything else I can help with?";
    static final String CANNOT_HELP = "Sorry, I can't help with that: I can help with our products, your orders and "
            + "our store policies. " + OFFER_HUMAN;
    static final String SIGN_IN = "Please sign in to your account first, then I can look up your orders.";
    static final String WHICH_PRODUCT = "Which product do you mean? You can give me its code (sku) or search for it first.";
    static final String WHAT_LOOKING_FOR = "What are you looking for? For example \"lanterns under £10\".";

    private Answers() {
    }

    static String money(BigDecimal amount, String currency) {
        String symbol = switch (currency) {
            case "GBP" -> "£";
            case "EUR" -> "€";
            case "USD" -> "$";
            default -> currency + " ";
        };
        return symbol + amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String stock(ProductCard card) {
        return card.inStock() ? card.stock() + " in stock" : "out of stock";
    }

    static String line(int index, ProductCard card) {
        return (index + 1) + ". " + card.title() + " (" + card.sku() + ") - " + money(card.price(), card.currency())
                + ", " + stock(card);
    }

    static String list(List<ProductCard> cards) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cards.size(); i++) {
            out.append('\n').append(line(i, cards.get(i)));
        }
        return out.toString();
    }

    static String details(ProductDetails d) {
        ProductCard card = d.product();
        StringBuilder out = new StringBuilder(card.title() + " (" + card.sku() + ") costs "
                + money(card.price(), card.currency()) + " and is " + (card.inStock() ? "in stock (" + card.stock()
                + " available)" : "currently out of stock") + ".");
        if (d.description() != null && !d.description().isBlank()) {
            out.append(' ').append(d.description().strip());
            if (!d.description().strip().endsWith(".")) {
                out.append('.');
            }
        }
        if (d.category() != null && !d.category().isBlank()) {
            out.append(" Category: ").append(d.category()).append('.');
        }
        if (d.attributes() != null && !d.attributes().isEmpty()) {
            out.append(' ').append(attributes(d.attributes())).append('.');
        }
        return out.toString();
    }

    static String attributes(Map<String, Object> attributes) {
        return attributes.entrySet().stream().map(e -> capitalised(e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    static String order(OrderSummary o) {
        return "Order " + o.orderNumber() + " (placed " + o.placedOn() + ", " + money(o.total(), o.currency())
                + ") is " + o.status() + ".";
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
