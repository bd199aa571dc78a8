package io.aisle.assistant.grounded;

import io.aisle.search.query.PriceRange;
import java.util.List;

/**
 * What a message names besides its intent.
 *
 * @param productWords the words that describe products (price phrases and chat words taken out); may be blank
 * @param price        price bounds from phrases like "under £10"
 * @param categories   category paths named in the message
 * @param orderNumber  an order number ("536365", "#C536379"), or null
 * @param skus         product codes written in the message, in order
 * @param positions    references to products shown before, 0-based ("the first one" = 0, "the last one" = -1)
 * @param allShown     "them", "these", "both", "all of them": every product shown before
 * @param cheaper      "cheaper ones?", "less expensive": the last search again below its lowest price
 */
public record Slots(String productWords, PriceRange price, List<String> categories, String orderNumber,
                    List<String> skus, List<Integer> positions, boolean allShown, boolean cheaper) {
}
