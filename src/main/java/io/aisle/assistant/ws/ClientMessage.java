package io.aisle.assistant.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.common.rest.InvalidRequestException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a widget sends over the chat socket, checked: a message needs {@code text}; a click or an add-to-cart needs
 * {@code sku}; a handoff needs nothing else. Anything else is refused naming the field.
 */
record ClientMessage(Kind kind, String text, String sku) {

    enum Kind {
        MESSAGE, CLICK, ADD_TO_CART, HANDOFF;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final int MAX_SKU = 64;

    static ClientMessage parse(String frame, ObjectMapper mapper) {
        JsonNode json;
        try {
            json = mapper.readTree(frame);
        } catch (JsonProcessingException e) {
            throw InvalidRequestException.single("frame", "is not JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw InvalidRequestException.single("frame", "must be a JSON object");
        }
        Kind kind = kind(json.path("type").asText(""));
        switch (kind) {
            case MESSAGE:
                return new ClientMessage(kind, required(json, "text", Integer.MAX_VALUE), null);
            case CLICK:
            case ADD_TO_CART:
                return new ClientMessage(kind, null, required(json, "sku", MAX_SKU).strip());
            default:
                return new ClientMessage(kind, null, null);
        }
    }

    private static Kind kind(String type) {
        return Arrays.stream(Kind.values()).filter(k -> k.wireName().equals(type)).findFirst()
                .orElseThrow(() -> InvalidRequestException.single("type", "unknown type '" + type + "'; known: "
                        + Arrays.stream(Kind.values()).map(Kind::wireName).collect(Collectors.joining(", "))));
    }

    /** The size of a message's text is the conversation service's to judge (it answers with the limit). */
    private static String required(JsonNode json, String field, int maxLength) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw InvalidRequestException.single(field, "is required (a non-blank string)");
        }
        if (value.asText().length() > maxLength) {
            throw InvalidRequestException.single(field, "must be at most " + maxLength + " characters");
        }
        return value.asText();
    }
}
