package io.aisle.console.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aisle.console.brief.model.HandoffBrief;
import io.aisle.console.brief.model.HandoffBrief.BotAnswer;
import io.aisle.console.brief.model.HandoffBrief.CustomerValue;
import io.aisle.console.brief.model.HandoffBrief.DiscussedOrder;
import io.aisle.console.brief.model.HandoffBrief.DiscussedProduct;
import io.aisle.console.brief.model.HandoffBrief.Handoff;
import io.aisle.console.brief.model.HandoffBrief.IntentCount;
import io.aisle.console.brief.model.HandoffBrief.Mood;
import io.aisle.console.brief.model.HandoffBrief.Wants;
import io.aisle.console.brief.service.TemplateSummary;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateSummaryTest {

    private static final Mood CALM = new Mood("calm", 1, List.of("asked for a human: \"get me a person\""));

    @Test
    void aHandedOffConversationIsSummarisedFromEveryField() {
        HandoffBrief brief = new HandoffBrief("c-1", "waiting_for_agent",
                new Handoff(true, "shopper asked: get me a person", "get me a person", null),
                new Wants(List.of(new IntentCount("search", 2), new IntentCount("order_status", 1)), "lanterns",
                        null, new BigDecimal("10"), List.of("L-2")),
                List.of(new DiscussedProduct("L-2", "Pink Glass Lantern", new BigDecimal("8.0"), "GBP", 3,
                        List.of("searchProducts"))),
                List.of(new DiscussedOrder("581234", "found", "shipped", "2011-11-20", new BigDecimal("25.00"), "GBP",
                        List.of("2 x Pink Glass Lantern (L-2)")), new DiscussedOrder("999999", "not_found_for_you",
                        null, null, null, null, List.of())),
                List.of(new BotAnswer("search", "Here is what I found: ...", null)), CALM,
                new CustomerValue("cust-1", "top20", 0.2), null);

        assertEquals("Handed off: shopper asked: get me a person. They asked about: search (2x), order status."
                + " Last search: \"lanterns\", up to 10. Products discussed: Pink Glass Lantern (L-2, £8.00)."
                + " Orders discussed: 581234 (shipped, placed 2011-11-20, £25.00); 999999 (not found on the shopper's"
                + " account). The bot's last answer: \"Here is what I found: ...\". Mood: calm (asked for a human:"
                + " \"get me a person\"). Signed-in customer, value tier top20.", TemplateSummary.write(brief));
    }

    @Test
    void aConversationStillWithTheBotSaysSoAndOmitsWhatIsUnknown() {
        HandoffBrief brief = new HandoffBrief("c-2", "bot", new Handoff(false, null, null, null),
                new Wants(List.of(), null, null, null, List.of()), List.of(), List.of(), List.of(),
                new Mood("calm", 0, List.of()), new CustomerValue(null, null, null), null);

        assertEquals("Not handed off (the conversation is bot). Mood: calm. Anonymous shopper (not signed in).",
                TemplateSummary.write(brief));
    }

    @Test
    void moreThanFiveProductsAreCountedNotNamedAndForeignCurrenciesKeepTheirCode() {
        List<DiscussedProduct> products = java.util.stream.IntStream.range(0, 7).mapToObj(i -> new DiscussedProduct(
                "P" + i, "Product " + i, new BigDecimal("1.25"), "SEK", null, List.of("searchProducts"))).toList();
        HandoffBrief brief = new HandoffBrief("c-3", "with_agent",
                new Handoff(true, "the shopper wants a refund", "can I get my money back", null),
                new Wants(List.of(), null, null, null, List.of()), products, List.of(), List.of(),
                new Mood("calm", 0, List.of()), new CustomerValue("cust-2", null, null), null);

        assertEquals("Handed off: the shopper wants a refund. The shopper wrote: \"can I get my money back\"."
                + " Products discussed: Product 0 (P0, 1.25 SEK); Product 1 (P1, 1.25 SEK); Product 2 (P2, 1.25 SEK);"
                + " Product 3 (P3, 1.25 SEK); Product 4 (P4, 1.25 SEK) and 2 more. Mood: calm."
                + " Signed-in customer, no value tier yet.", TemplateSummary.write(brief));
    }
}
