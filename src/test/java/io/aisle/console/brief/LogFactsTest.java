package io.aisle.console.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.assistant.conversation.StoredMessage;
import io.aisle.assistant.conversation.ToolCall;
import io.aisle.console.brief.model.HandoffBrief.DiscussedOrder;
import io.aisle.console.brief.service.LogFacts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogFactsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<StoredMessage> log = new ArrayList<>();

    private void shopper(String text) {
        log.add(new StoredMessage(log.size(), "shopper", text, null, List.of(), null, List.of()));
    }

    private void bot(String text, String tool, String resultJson) throws Exception {
        List<ToolCall> calls = tool == null ? List.of()
                : List.of(new ToolCall(tool, JSON.createObjectNode(), JSON.readTree(resultJson), 3));
        log.add(new StoredMessage(log.size(), "assistant", text, null, List.of(), null, calls));
    }

    @Test
    void theTriggerIsTheMessageBeforeTheLastAcceptedHandoff() throws Exception {
        shopper("get me a human");
        bot("Someone will join.", "handoffToHuman", "{\"accepted\":true,\"state\":\"waiting_for_agent\"}");
        shopper("hello?? still there");
        bot("Already asked.", "handoffToHuman", "{\"accepted\":false,\"state\":\"waiting_for_agent\"}");
        assertEquals("get me a human", LogFacts.handoffTrigger(log));
    }

    @Test
    void withoutAHandoffToolCallThereIsNoTrigger() throws Exception {
        shopper("hi");
        bot("Hi!", null, null);
        assertNull(LogFacts.handoffTrigger(log));
    }

    @Test
    void productsAreTheLatestCardOfEachSkuWithTheToolsThatReturnedIt() throws Exception {
        bot("found", "searchProducts", "{\"items\":[{\"sku\":\"A\",\"title\":\"Lamp\",\"price\":9.5,\"currency\":\"GBP\","
                + "\"stock\":4},{\"sku\":\"B\",\"title\":\"Mug\",\"price\":3,\"currency\":\"GBP\",\"stock\":1}]}");
        bot("details", "productDetails", "{\"found\":true,\"sku\":\"A\",\"product\":{\"sku\":\"A\",\"title\":\"Lamp\","
                + "\"price\":8.75,\"currency\":\"GBP\",\"stock\":3}}");
        var products = LogFacts.products(log, 10);
        assertEquals(List.of("A", "B"), products.stream().map(p -> p.sku()).toList());
        assertEquals("8.75", products.get(0).price().toPlainString());
        assertEquals(List.of("productDetails", "searchProducts"), products.get(0).tools());
        assertEquals(1, LogFacts.products(log, 1).size());
    }

    @Test
    void ordersLookedUpAndListedAreKeptOncePerNumberWithTheirOutcome() throws Exception {
        bot("listed", "listMyOrders", "{\"signedIn\":true,\"orders\":[{\"orderNumber\":\"581\",\"status\":\"paid\","
                + "\"placedOn\":\"2011-11-20\",\"total\":25.0,\"currency\":\"GBP\",\"items\":[\"2 x Mug (B)\"]}]}");
        bot("found", "orderStatus", "{\"outcome\":\"found\",\"orderNumber\":\"581\",\"order\":{\"orderNumber\":\"581\","
                + "\"status\":\"shipped\",\"placedOn\":\"2011-11-20\",\"total\":25.0,\"currency\":\"GBP\",\"items\":[]}}");
        bot("not yours", "orderStatus", "{\"outcome\":\"not_found_for_you\",\"orderNumber\":\"999\"}");
        List<DiscussedOrder> orders = LogFacts.orders(log);
        assertEquals(List.of("999", "581"), orders.stream().map(DiscussedOrder::orderNumber).toList());
        assertEquals("not_found_for_you", orders.get(0).outcome());
        assertNull(orders.get(0).status());
        assertEquals("found", orders.get(1).outcome());
        assertEquals("shipped", orders.get(1).status());
    }

    @Test
    void onlyTheLatestAnswersAreListedEachCutAtAWord() throws Exception {
        for (int i = 1; i <= 4; i++) {
            bot("answer number " + i + " is here", null, null);
        }
        assertEquals(List.of("answer number 3 …", "answer number 4 …"),
                LogFacts.botAnswers(log, 2, 16).stream().map(a -> a.text()).toList());
    }
}
