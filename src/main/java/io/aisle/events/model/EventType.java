package io.aisle.events.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kinds of interaction the log accepts, with what each one must carry. See docs/events.md.
 */
public enum EventType {
    PRODUCT_VIEW("product_view", true, false, List.of()),
    SEARCH("search", false, true, List.of()),
    ADD_TO_CART("add_to_cart", true, false, List.of()),
    REMOVE_FROM_CART("remove_from_cart", true, false, List.of()),
    PURCHASE("purchase", true, false, List.of()),
    REC_IMPRESSION("rec_impression", true, false, List.of()),
    REC_CLICK("rec_click", true, false, List.of()),
    CHAT_TURN("chat_turn", false, false, List.of("conversationId", "role")),
    CHAT_CLICK("chat_click", true, false, List.of("conversationId"));

    private static final Map<String, EventType> BY_WIRE_NAME =
            Arrays.stream(values()).collect(Collectors.toMap(EventType::wireName, Function.identity()));

    private final String wireName;
    private final boolean requiresItems;
    private final boolean requiresQuery;
    private final List<String> requiredPayloadFields;

    EventType(String wireName, boolean requiresItems, boolean requiresQuery, List<String> requiredPayloadFields) {
        this.wireName = wireName;
        this.requiresItems = requiresItems;
        this.requiresQuery = requiresQuery;
        this.requiredPayloadFields = requiredPayloadFields;
    }

    public static Optional<EventType> fromWireName(String name) {
        return Optional.ofNullable(BY_WIRE_NAME.get(name));
    }

    public static String knownNames() {
        return Arrays.stream(values()).map(EventType::wireName).collect(Collectors.joining(", "));
    }

    public String wireName() {
        return wireName;
    }

    public boolean requiresItems() {
        return requiresItems;
    }

    public boolean requiresQuery() {
        return requiresQuery;
    }

    public List<String> requiredPayloadFields() {
        return requiredPayloadFields;
    }
}
