package io.aisle.assistant.conversation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * What later messages may refer to: the last product search (its words and price bounds) and the products
 * shown last, in order ("the first one", "cheaper ones?", "compare them").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DialogueContext(String lastQuery, BigDecimal minPrice, BigDecimal maxPrice, List<ShownProduct> shown,
                              String lastIntent) {

    public static final DialogueContext EMPTY = new DialogueContext(null, null, null, List.of(), null);

    public record ShownProduct(String sku, BigDecimal price) {
    }

    public DialogueContext {
        shown = shown == null ? List.of() : List.copyOf(shown);
    }

    public DialogueContext afterSearch(String query, BigDecimal min, BigDecimal max, List<ShownProduct> products) {
        return new DialogueContext(query, min, max, products, "search");
    }

    public DialogueContext showing(List<ShownProduct> products, String intent) {
        return new DialogueContext(lastQuery, minPrice, maxPrice, products.isEmpty() ? shown : products, intent);
    }
}
