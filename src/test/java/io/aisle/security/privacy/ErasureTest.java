package io.aisle.security.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.common.Db;
import io.aisle.console.brief.model.HandoffBrief.Summary;
import io.aisle.console.brief.service.SummaryCache;
import io.aisle.recommend.repository.CustomerVectorRepository;
import io.aisle.recommend.repository.CustomerVectorRepository.CustomerVector;
import io.aisle.security.TestTokens;
import io.aisle.security.privacy.PrivacyFixtures.Shopper;
import io.aisle.security.privacy.service.Subject;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Erasure through its endpoints: what it removes and keeps, receipt and audit, repeated requests, late data. */
@QuarkusTest
class ErasureTest {

    @Inject
    DataSource db;

    @Inject
    SummaryCache summaries;

    @Inject
    CustomerVectorRepository vectors;

    @Test
    void erasureLeavesNothingOfTheShopperButTheirOrdersWithoutThem() throws Exception {
        Shopper shopper = PrivacyFixtures.shopperWithData(db, PrivacyFixtures.newCustomer());
        Shopper bystander = PrivacyFixtures.shopperWithData(db, PrivacyFixtures.newCustomer());
        long customerRow = Db.count(db, "SELECT id FROM customers WHERE external_id = ?", shopper.customer());
        assertTrue(Remains.of(db, shopper, customerRow).keySet().containsAll(List.of("conversation_messages.conversation_id",
                "conversation_tool_calls.conversation_id", "conversation_labels.conversation_id", "events.customer_id",
                "events.session_id", "customer_scores.customer_id", "rec_customer_vectors.customer_id", "orders.customer_id")),
                "the fixture holds data in every place erasure must reach");
        Map<String, Long> bystanderBefore = Remains.of(db, bystander, 0);
        summaries.put(shopper.conversation(), "{}", new Summary("wants a teapot", Summary.LLM, "m", List.of()));
        summaries.put(bystander.conversation(), "{}", new Summary("wants a mug", Summary.LLM, "m", List.of()));
        long events = Db.count(db, "SELECT count(*) FROM events WHERE customer_id = ? OR session_id = ?",
                shopper.customer(), shopper.session());

        JsonPath receipt = adminErase(shopper.customer()).statusCode(200)
                .body("erasedBefore", equalTo(false))
                .body("counts.conversations", equalTo(1))
                .body("counts.conversation_labels", equalTo(1))
                .body("counts.conversation_messages", equalTo(4))
                .body("counts.orders_deidentified", equalTo(1))
                .body("counts.customers", equalTo(1))
                .body("counts.customer_scores", equalTo(1))
                .body("counts.rec_customer_vectors", equalTo(1))
                .extract().jsonPath();

        assertEquals(Map.of(), Remains.of(db, shopper, customerRow));
        assertTrue(summaries.get(shopper.conversation(), "{}").isEmpty(), "the brief's cached summary is gone too");
        assertTrue(summaries.get(bystander.conversation(), "{}").isPresent());
        String pseudonym = Db.one(db, "SELECT customer_pseudonym FROM orders WHERE order_number = ? AND customer_id IS NULL",
                rs -> rs.getString(1), shopper.orderNumber()).orElseThrow(() -> new AssertionError("the order is gone"));
        assertTrue(pseudonym.startsWith("erased-") && !pseudonym.contains(shopper.customer()), pseudonym);
        assertEquals(1, Db.count(db, "SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_id"
                + " WHERE o.order_number = ?", shopper.orderNumber()), "the order keeps its lines");
        assertEquals(bystanderBefore, Remains.of(db, bystander, 0), "another shopper's data is untouched");

        String stored = Db.one(db, "SELECT requested_by || ' ' || subject_kind || ' ' || counts::text"
                + " FROM erasure_receipts WHERE id = ?", rs -> rs.getString(1), receipt.getLong("receiptId")).orElseThrow();
        assertTrue(stored.startsWith("admin customer {") && stored.contains("\"events\": " + events), stored);
        String hash = Subject.customer(shopper.customer()).hash();
        given().auth().oauth2(TestTokens.admin()).queryParam("action", "erase").queryParam("targetId", hash)
                .get("/admin/audit").then().statusCode(200).body("$", hasSize(1))
                .body("[0].actor", equalTo("admin")).body("[0].details.receiptId", equalTo(receipt.getInt("receiptId")));
        assertEquals(0, Db.count(db, "SELECT count(*) FROM audit_log WHERE target_id = ? OR details::text LIKE ?",
                shopper.customer(), "%" + shopper.customer() + "%"), "the audit log names no erased customer");
    }

    @Test
    void shoppersEraseThemselvesAndOnlyThemselvesAndMayDoItTwice() throws Exception {
        Shopper shopper = PrivacyFixtures.shopperWithData(db, PrivacyFixtures.newCustomer());
        Shopper bystander = PrivacyFixtures.shopperWithData(db, PrivacyFixtures.newCustomer());
        long customerRow = Db.count(db, "SELECT id FROM customers WHERE external_id = ?", shopper.customer());
        Map<String, Long> bystanderBefore = Remains.of(db, bystander, 0);

        given().auth().oauth2(TestTokens.shopper(shopper.customer())).delete("/privacy/me").then().statusCode(200)
                .body("erasedBefore", equalTo(false)).body("counts.customers", equalTo(1));

        assertEquals(Map.of(), Remains.of(db, shopper, customerRow));
        assertEquals(bystanderBefore, Remains.of(db, bystander, 0));
        assertEquals("shopper", Db.one(db, "SELECT actor FROM audit_log WHERE action = 'erase' AND target_id = ?",
                rs -> rs.getString(1), Subject.customer(shopper.customer()).hash()).orElseThrow());
        JsonPath again = given().auth().oauth2(TestTokens.shopper(shopper.customer())).delete("/privacy/me").then()
                .statusCode(200).body("erasedBefore", equalTo(true)).extract().jsonPath();
        assertTrue(again.<String, Integer>getMap("counts").values().stream().allMatch(n -> n == 0), again.prettify());
        adminErase(shopper.customer()).statusCode(200).body("erasedBefore", equalTo(true));
    }

    @Test
    void anAnonymousShopperErasesTheirSession() throws Exception {
        var chat = io.aisle.assistant.AssistantFixtures.Chat.start(null);
        chat.say("is " + PrivacyFixtures.shop() + "-mug in stock");
        PrivacyFixtures.awaitChatEvents(db, chat.id, 2);
        long events = Db.count(db, "SELECT count(*) FROM events WHERE session_id = ?", chat.session);

        given().auth().oauth2(chat.token).delete("/privacy/me").then().statusCode(200)
                .body("counts.conversations", equalTo(1)).body("counts.events", equalTo((int) events));

        assertEquals(0, Db.count(db, "SELECT count(*) FROM conversations WHERE session_id = ?", chat.session));
        assertEquals(0, Db.count(db, "SELECT count(*) FROM events WHERE session_id = ?", chat.session));
    }

    @Test
    void lateDataFromBeforeTheErasureIsDroppedButANewStartIsKept() throws Exception {
        Shopper shopper = PrivacyFixtures.shopperWithData(db, PrivacyFixtures.newCustomer());
        long seqBefore = PrivacyFixtures.latestSeq(db);
        adminErase(shopper.customer()).statusCode(200);

        // a Kafka backlog or a queued event: it happened before the erasure
        PrivacyFixtures.postEvents(List.of(
                PrivacyFixtures.event("product_view", shopper.customer(), "other-session", Map.of("itemIds", List.of("x"))),
                PrivacyFixtures.event("product_view", null, shopper.session(), Map.of("itemIds", List.of("x")))))
                .body("accepted", equalTo(0)).body("duplicates", equalTo(2));
        // a recommender run that read the log before the erasure
        long version = PrivacyFixtures.recVersion(db);
        vectors.save(version, new CustomerVector(shopper.customer(), seqBefore, new float[] {1, 2, 3}));
        assertNull(vectors.find(version, shopper.customer()).orElse(null));
        assertEquals(0, Db.count(db, "SELECT count(*) FROM events WHERE customer_id = ? OR session_id = ?",
                shopper.customer(), shopper.session()));

        // the same id coming back afterwards is a new customer
        Map<String, Object> later = PrivacyFixtures.event("product_view", shopper.customer(), "new-session",
                Map.of("itemIds", List.of("x")));
        later.put("occurredAt", OffsetDateTime.now().plusSeconds(2).toString());
        PrivacyFixtures.postEvents(List.of(later)).body("accepted", equalTo(1));
        assertEquals(1, Db.count(db, "SELECT count(*) FROM events WHERE customer_id = ?", shopper.customer()));
    }

    @Test
    void unknownAndMalformedCustomersAreRefusedAndNothingIsWritten() {
        long receipts = Db.count(db, "SELECT count(*) FROM erasure_receipts");
        long tombstones = Db.count(db, "SELECT count(*) FROM privacy_tombstones");
        adminErase(PrivacyFixtures.newCustomer()).statusCode(404).body("error", equalTo("not_found"));
        adminErase("x".repeat(129)).statusCode(400).body("violations[0].field", equalTo("customerId"));
        adminErase("tab\there").statusCode(400).body("violations[0].field", equalTo("customerId"));
        adminErase(" ").statusCode(400).body("violations[0].field", equalTo("customerId"));
        assertEquals(receipts, Db.count(db, "SELECT count(*) FROM erasure_receipts"));
        assertEquals(tombstones, Db.count(db, "SELECT count(*) FROM privacy_tombstones"));
    }

    private static io.restassured.response.ValidatableResponse adminErase(String customer) {
        return given().auth().oauth2(TestTokens.admin()).post("/admin/privacy/customers/{id}/erasure", customer).then();
    }
}
