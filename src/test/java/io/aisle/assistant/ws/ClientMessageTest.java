package io.aisle.assistant.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.assistant.ws.ClientMessage.Kind;
import io.aisle.common.rest.InvalidRequestException;
import org.junit.jupiter.api.Test;

class ClientMessageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachKindCarriesWhatItNeeds() {
        assertEquals(new ClientMessage(Kind.MESSAGE, "red lantern under 10", null),
                ClientMessage.parse("{\"type\":\"message\",\"text\":\"red lantern under 10\"}", JSON));
        assertEquals(new ClientMessage(Kind.CLICK, null, "85123A"),
                ClientMessage.parse("{\"type\":\"click\",\"sku\":\" 85123A \"}", JSON));
        assertEquals(new ClientMessage(Kind.ADD_TO_CART, null, "85123A"),
                ClientMessage.parse("{\"type\":\"add_to_cart\",\"sku\":\"85123A\"}", JSON));
        assertEquals(new ClientMessage(Kind.HANDOFF, null, null), ClientMessage.parse("{\"type\":\"handoff\"}", JSON));
    }

    @Test
    void badFramesNameTheField() {
        assertEquals("frame", field("[1,2]"));
        assertEquals("frame", field("{nope"));
        assertEquals("type", field("{\"type\":\"Message\",\"text\":\"hi\"}"));
        assertEquals("text", field("{\"type\":\"message\",\"text\":42}"));
        assertEquals("sku", field("{\"type\":\"click\",\"sku\":\"" + "x".repeat(65) + "\"}"));
    }

    private static String field(String frame) {
        return assertThrows(InvalidRequestException.class, () -> ClientMessage.parse(frame, JSON))
                .violations().get(0).field();
    }
}
