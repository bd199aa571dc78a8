package io.aisle.assistant.grounded;

import io.aisle.assistant.conversation.DialogueContext;
import io.aisle.assistant.tools.ProductCard;
import io.aisle.assistant.tools.ShoppingTools;
import io.aisle.assistant.tools.ToolResults.Comparison;
import io.aisle.assistant.tools.ToolResults.ProductDetails;
import io.aisle.assistant.tools.ToolResults.ProductResults;
import io.aisle.assistant.tools.ToolResults.Suggestion;
import io.aisle.assistant.tools.ToolResults.Suggestions;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Grounded answers about products: search (with "cheaper ones?" follow-ups), questions, comparisons, similar items. */
@ApplicationScoped
class ProductAnswers {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final ShoppingTools tools;

    ProductAnswers(ShoppingTools tools) {
        this.tools = tools;
    }

    Reply search(Turn turn) {
        Slots slots = turn.slots();
        DialogueContext before = turn.dialogue();
        String query = slots.productWords();
        BigDecimal min = slots.price().min();
        BigDecimal max = slots.price().max();
        if (max != null && !slots.price().maxInclusive()) {
            max = max.subtract(CENT);
        }
        boolean followUp = query.isBlank() && before.lastQuery() != null;
        if (followUp) {
            query = before.lastQuery();
            min = min == null ? before.minPrice() : min;
            max = max == null ? before.maxPrice() : max;
        }
        if (slots.cheaper() && !before.shown().isEmpty()) {
            // cheaper than the product the shopper saw first (the best match), not than everything shown
            max = before.shown().get(0).price().subtract(CENT);
        }
        if (query.isBlank() && min == null && max == null && slots.categories().isEmpty()) {
            return turn.answer(Answers.WHAT_LOOKING_FOR);
        }
        String words = query.isBlank() && !slots.categories().isEmpty() ? String.join(" ", slots.categories()) : query;
        BigDecimal low = min;
        BigDecimal high = max;
        Map<String, Object> args = new HashMap<>();
        args.put("query", words);
        args.put("minPrice", low);
        args.put("maxPrice", high);
        ProductResults found = turn.tools().call("searchProducts", args,
                () -> tools.searchProducts(words, low, high, null, null));
        DialogueContext next = before.afterSearch(words, low, high, Turn.shown(found.items()));
        String range = range(low, high);
        if (found.items().isEmpty()) {
            return turn.answer("I couldn't find " + (slots.cheaper() ? "anything cheaper" : "anything") + " for \""
                    + words + "\"" + range + ". Try other words, or " + Answers.OFFER_HUMAN.toLowerCase(), List.of(),
                    next.showing(before.shown(), "search"));
        }
        return turn.answer("Here is what I found for \"" + words + "\"" + range + ":" + Answers.list(found.items()),
                found.items(), next);
    }

    Reply question(Turn turn) {
        List<String> skus = turn.referencedSkus(false);
        if (skus.isEmpty() && !turn.slots().productWords().isBlank()) {
            String words = turn.slots().productWords();
            ProductResults found = turn.tools().call("searchProducts", Map.of("query", words),
                    () -> tools.searchProducts(words, null, null, null, null));
            skus = found.items().stream().limit(1).map(ProductCard::sku).toList();
        }
        if (skus.isEmpty()) {
            return turn.answer(Answers.WHICH_PRODUCT);
        }
        StringBuilder text = new StringBuilder();
        List<ProductCard> shown = new java.util.ArrayList<>();
        for (String sku : skus.subList(0, Math.min(3, skus.size()))) {
            ProductDetails details = turn.tools().call("productDetails", Map.of("sku", sku), () -> tools.productDetails(sku));
            text.append(text.isEmpty() ? "" : "\n").append(details.found() ? Answers.details(details)
                    : "I couldn't find a product with the code " + sku + ".");
            if (details.found()) {
                shown.add(details.product());
            }
        }
        return turn.showing(text.toString(), shown, "product_question");
    }

    Reply compare(Turn turn) {
        List<String> skus = turn.referencedSkus(true);
        if (skus.size() < 2) {
            return turn.answer("Which products should I compare? Give me two or more product codes, or search first "
                    + "and say \"compare the first two\".");
        }
        Comparison comparison = turn.tools().call("compareProducts", Map.of("skus", skus),
                () -> tools.compareProducts(skus));
        List<ProductCard> cards = comparison.products().stream().map(ProductDetails::product).toList();
        if (cards.size() < 2) {
            return turn.answer("I couldn't find " + String.join(", ", comparison.missing()) + " in our catalog.");
        }
        StringBuilder text = new StringBuilder("Side by side:");
        for (int i = 0; i < comparison.products().size(); i++) {
            ProductDetails d = comparison.products().get(i);
            text.append('\n').append(Answers.line(i, d.product()));
            if (d.attributes() != null && !d.attributes().isEmpty()) {
                text.append(" (").append(Answers.attributes(d.attributes())).append(')');
            }
        }
        ProductCard cheapest = cards.stream().filter(c -> c.sku().equals(comparison.cheapestSku())).findFirst().get();
        text.append("\nThe cheapest is ").append(cheapest.title()).append(" at ")
                .append(Answers.money(cheapest.price(), cheapest.currency())).append('.');
        if (!comparison.missing().isEmpty()) {
            text.append(" I couldn't find ").append(String.join(", ", comparison.missing())).append('.');
        }
        return turn.showing(text.toString(), cards, "compare");
    }

    Reply similar(Turn turn) {
        List<String> skus = turn.referencedSkus(false);
        if (skus.isEmpty() && !turn.dialogue().shown().isEmpty()) {
            skus = List.of(turn.dialogue().shown().get(0).sku());
        }
        if (skus.isEmpty()) {
            return turn.answer(Answers.WHICH_PRODUCT);
        }
        String sku = skus.get(0);
        Suggestions found = turn.tools().call("similarProducts", Map.of("sku", sku), () -> tools.similarProducts(sku));
        if (!found.found()) {
            return turn.answer("I couldn't find a product with the code " + sku + ".");
        }
        List<ProductCard> cards = found.items().stream().map(Suggestion::product).toList();
        if (cards.isEmpty()) {
            return turn.answer("I don't have anything similar to " + sku + " right now.");
        }
        return turn.showing("Products similar to " + sku + ":" + Answers.list(cards), cards, "similar");
    }

    private static String range(BigDecimal min, BigDecimal max) {
        if (min != null && max != null) {
            return " between £" + min.toPlainString() + " and £" + max.toPlainString();
        }
        if (max != null) {
            return " up to £" + max.toPlainString();
        }
        return min != null ? " from £" + min.toPlainString() : "";
    }
}
