package io.aisle.assistant.personal;

import com.fasterxml.jackson.databind.JsonNode;
import io.aisle.assistant.conversation.ToolCall;
import java.util.List;

/** Whether an answer left the shopper without what they asked for: its tools found nothing. */
public final class Helpfulness {

    private Helpfulness() {
    }

    public static boolean foundNothing(List<ToolCall> calls) {
        return calls.stream().map(ToolCall::result).anyMatch(Helpfulness::empty);
    }

    private static boolean empty(JsonNode result) {
        if (result.path("found").isBoolean() && !result.path("found").asBoolean()) {
            return true;
        }
        if (result.has("outcome") && !"found".equals(result.path("outcome").asText())) {
            return true;
        }
        for (String list : List.of("items", "passages", "products", "orders")) {
            if (result.path(list).isArray() && result.path(list).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
