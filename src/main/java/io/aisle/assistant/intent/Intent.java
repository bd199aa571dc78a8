package io.aisle.assistant.intent;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a shopper's message asks for. {@link #OUT_OF_SCOPE} is a trained class (not about this store). */
public enum Intent {
    SEARCH, PRODUCT_QUESTION, COMPARE, RECOMMEND, SIMILAR, ORDER_STATUS, LIST_ORDERS, POLICY, HANDOFF, GREETING,
    THANKS, OUT_OF_SCOPE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Intent of(String wireName) {
        return valueOf(wireName.strip().toUpperCase(Locale.ROOT));
    }

    public static List<Intent> all() {
        return Arrays.asList(values());
    }
}
