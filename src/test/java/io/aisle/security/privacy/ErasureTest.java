package io.aisle.security.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.common.Db;
import io.aisle.ltv.repository.CustomerScoreRepository;
import io.aisle.recommend.repository.CustomerVectorRepository;
import io.aisle.recommend.repository.CustomerVectorRepository.CustomerVector;
import io.aisle.security.privacy.PrivacyFixtures.Shopper;
import io.aisle.security.privacy.service.Erasure;
import io.aisle.security.privacy.service.ErasureService;
import io.aisle.security.privacy.service.Subject;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErasureTest {

    @Inject
    DataSource db;

    @Inject
    CustomerScoreRepository scores;

    @Inject
    CustomerVectorRepository vectors;

    @Inject
    ErasureService erasure;

    @Test
    void erasureLeavesNothingOfTheShopperButTheirOrdersWithoutThem() throws Exception {
        Shopper shopper = PrivacyFixtures.shopperWithData(db, scores, vectors, PrivacyFixtures.newCustomer());
        Shopper bystander = PrivacyFixtures.shopperWithData(db, scores, vectors, PrivacyFixtures.newCustomer());
        long customerRow = Db.count(db, "SELECT id FROM customers WHERE external_id = ?", shopper.customer());
        assertTrue(Remains.of(db, shopper, customerRow).keySet().containsAll(List.of("conversation_messages.conversation_id",
                "conversation_tool_calls.conversation_id", "events.customer_id", "events.session_id",
                "customer_scores.customer_id", "rec_customer_vectors.customer_id", "orders.customer_id")),
                "the fixture holds data in every place erasure must reach");
        Map<String, Long> bystanderBefore = Remains.of(db, bystander, 0);

        Erasure done = erasure.erase(Subject.customer(shopper.customer()), "admin", true);

        assertEquals(Map.of(), Remains.of(db, shopper, customerRow));
        assertFalse(done.erasedBefore());
        assertEquals(2, done.counts().get("conversation_messages") / 2, "two turns: shopper and assistant messages");
        assertEquals(1, done.counts().get("orders_deidentified"));
        assertEquals(1, done.counts().get("customers"));
        String pseudonym = Db.one(db, "SELECT customer_pseudonym FROM orders WHERE order_number = ? AND customer_id IS NULL",
                rs -> rs.getString(1), shopper.orderNumber()).orElseThrow(() -> new AssertionError("the order is gone"));
        assertTrue(pseudonym.startsWith("erased-") && !pseudonym.contains(shopper.customer()));
        assertEquals(1, Db.count(db, "SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_id"
                + " WHERE o.order_number = ?", shopper.orderNumber()), "the order keeps its lines");
        assertEquals(bystanderBefore, Remains.of(db, bystander, 0), "another shopper's data is untouched");
        String receipt = Db.one(db, "SELECT requested_by || ' ' || subject_kind || ' ' || counts::text"
                + " FROM erasure_receipts WHERE id = ?", rs -> rs.getString(1), done.receiptId()).orElseThrow();
        assertTrue(receipt.startsWith("admin customer {") && !receipt.contains(shopper.customer()), receipt);
    }

    @Test
    void erasingTwiceFindsNothingLeftAndSaysItWasErasedBefore() throws Exception {
        Shopper shopper = PrivacyFixtures.shopperWithData(db, scores, vectors, PrivacyFixtures.newCustomer());
        erasure.erase(Subject.customer(shopper.customer()), "admin", true);

        Erasure again = erasure.erase(Subject.customer(shopper.customer()), "admin", true);

        assertTrue(again.erasedBefore());
        assertTrue(again.counts().values().stream().allMatch(n -> n == 0), again.counts().toString());
        assertNotNull(again.erasedAt());
    }

    @Test
    void lateDataFromBeforeTheErasureIsDroppedButANewStartIsKept() throws Exception {
        Shopper shopper = PrivacyFixtures.shopperWithData(db, scores, vectors, PrivacyFixtures.newCustomer());
        long seqBefore = PrivacyFixtures.latestSeq(db);
        erasure.erase(Subject.customer(shopper.customer()), "admin", true);

        // a Kafka backlog or a queued event: it happened before the erasure
        PrivacyFixtures.postEvents(List.of(
                PrivacyFixtures.event("product_view", shopper.customer(), "other-session", Map.of("itemIds", List.of("x"))),
                PrivacyFixtures.event("product_view", null, shopper.session(), Map.of("itemIds", List.of("x")))));
        // a recommender run that read the log before the erasure
        long version = PrivacyFixtures.recVersion(db);
        vectors.save(version, new CustomerVector(shopper.customer(), seqBefore, new float[] {1, 2, 3}));

        assertEquals(0, Db.count(db, "SELECT count(*) FROM events WHERE customer_id = ? OR session_id = ?",
                shopper.customer(), shopper.session()));
        assertNull(vectors.find(version, shopper.customer()).orElse(null));

        // the same id coming back afterwards is a new customer
        var later = PrivacyFixtures.event("product_view", shopper.customer(), "new-session", Map.of("itemIds", List.of("x")));
        later.put("occurredAt", java.time.OffsetDateTime.now().plusSeconds(2).toString());
        PrivacyFixtures.postEvents(List.of(later));
        assertEquals(1, Db.count(db, "SELECT count(*) FROM events WHERE customer_id = ?", shopper.customer()));
    }
}
