package io.aisle.assistant.grounded;

import io.aisle.assistant.conversation.DialogueContext;
import io.aisle.assistant.conversation.DialogueContext.ShownProduct;
import io.aisle.assistant.tools.ProductCard;
import java.util.List;

/** One message being answered: its conversation, what it names, and the tools run so far. */
record Turn(String conversationId, String message, Slots slots, DialogueContext dialogue, ToolRecorder tools) {

    Reply answer(String text, List<ProductCard> products, DialogueContext next) {
        return new Reply(text, products, tools.calls(), next);
    }

    Reply answer(String text) {
        return answer(text, List.of(), dialogue);
    }

    /** The answer shows these products; follow-ups refer to them. */
    Reply showing(String text, List<ProductCard> products, String intent) {
        return answer(text, products, dialogue.showing(shown(products), intent));
    }

    static List<ShownProduct> shown(List<ProductCard> products) {
        return products.stream().map(p -> new ShownProduct(p.sku(), p.price())).toList();
    }

    /** The products the message refers to: codes it names, else "the first/second/last one", else all shown. */
    List<String> referencedSkus(boolean allIfNone) {
        if (!slots.skus().isEmpty()) {
            return slots.skus();
        }
        List<ShownProduct> shown = dialogue.shown();
        if (!slots.positions().isEmpty() && !shown.isEmpty()) {
            return slots.positions().stream().map(p -> p < 0 ? shown.size() + p : p)
                    .filter(p -> p >= 0 && p < shown.size()).map(p -> shown.get(p).sku()).distinct().toList();
        }
        if (!shown.isEmpty() && (allIfNone || slots.allShown() || shown.size() == 1)) {
            return shown.stream().map(ShownProduct::sku).toList();
        }
        return List.of();
    }
}
