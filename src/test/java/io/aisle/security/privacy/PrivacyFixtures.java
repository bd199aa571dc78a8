package io.aisle.security.privacy;

import static io.restassured.RestAssured.given;

import io.aisle.assistant.AssistantFixtures;
import io.aisle.assistant.AssistantFixtures.Chat;
import io.aisle.common.Db;
import io.aisle.ltv.repository.CustomerScoreRepository;
import io.aisle.ltv.repository.CustomerScoreRepository.Score;
import io.aisle.recommend.repository.CustomerVectorRepository;
import io.aisle.recommend.repository.CustomerVectorRepository.CustomerVector;
import io.aisle.search.SearchFixtures;
import io.quarkus.arc.Arc;
import io.aisle.security.TestTokens;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A shopper the store knows everything about, made through the normal paths: an order, a chat with tool calls (its
 * chat_turn events, a reviewer's label), browsing events signed in and before signing in on the same session, an LTV score and a
 * recommender vector (written by the repositories the training runs use, under model versions of their own that are
 * never active).
 */
final class PrivacyFixtures {

    record Shopper(String customer, String session, String conversation, String orderNumber) {
    }

    private static String shop;

    private PrivacyFixtures() {
    }

    /** A shop of eight products, imported once per test run. */
    static synchronized String shop() {
        if (shop == null) {
            shop = SearchFixtures.token();
            SearchFixtures.importShop(shop);
        }
        return shop;
    }

    static String newCustomer() {
        return "privacy-" + UUID.randomUUID();
    }

    static Shopper shopperWithData(DataSource db, String customer) throws SQLException {
        String t = shop();
        String order = AssistantFixtures.customerWithOrder(db, customer, t + "-lantern-white", "shipped");
        Chat chat = Chat.start(customer);
        chat.say("is " + t + "-teapot in stock");
        chat.say("my email is someone@example.com, where is my order " + order);
        String session = chat.session;
        given().auth().oauth2(TestTokens.reviewer("rita")).contentType("application/json")
                .body(Map.of("label", "wrong_fact", "note", "the teapot is blue"))
                .post("/review/api/conversations/{id}/labels", chat.id).then().statusCode(201);
        postEvents(List.of(
                event("product_view", customer, session, Map.of("itemIds", List.of(t + "-teapot"))),
                event("search", customer, session, Map.of("query", "teapot for my mother")),
                event("product_view", null, session, Map.of("itemIds", List.of(t + "-mug")))));
        awaitChatEvents(db, chat.id, 4);
        long ltvVersion = Db.count(db, "INSERT INTO ltv_model_versions (kind, cutoff, holdout_end, customers, status)"
                + " VALUES ('ziln', now(), now(), 1, 'rejected') RETURNING id");
        long customerRow = Db.count(db, "SELECT id FROM customers WHERE external_id = ?", customer);
        try (Connection c = db.getConnection()) {
            Arc.container().instance(CustomerScoreRepository.class).get().write(c, ltvVersion,
                    List.of(new Score(customerRow, 123.45, 2.5, 0.9, 0.1, "top20", "[]", ltvVersion)));
        }
        Arc.container().instance(CustomerVectorRepository.class).get().save(recVersion(db),
                new CustomerVector(customer, latestSeq(db), new float[] {0.1f, 0.2f, 0.3f}));
        return new Shopper(customer, session, chat.id, order);
    }

    static long recVersion(DataSource db) {
        return Db.count(db, "INSERT INTO rec_model_versions (events_seq, sequences, items, dimension, config, artifact,"
                + " status) VALUES (0, 1, 1, 3, '{}', '\\x00', 'rejected') RETURNING id");
    }

    static long latestSeq(DataSource db) {
        return Db.count(db, "SELECT coalesce(max(seq), 0) FROM events");
    }

    static Map<String, Object> event(String type, String customer, String session, Map<String, Object> fields) {
        var event = new java.util.LinkedHashMap<String, Object>(fields);
        event.put("eventId", "privacy-" + UUID.randomUUID());
        event.put("type", type);
        event.put("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).truncatedTo(ChronoUnit.SECONDS).toString());
        if (customer != null) {
            event.put("customerId", customer);
        }
        event.put("sessionId", session);
        return event;
    }

    static io.restassured.response.ValidatableResponse postEvents(List<Map<String, Object>> events) {
        return given().auth().oauth2(TestTokens.service()).contentType("application/json").body(events).post("/events")
                .then().statusCode(200);
    }

    /** chat_turn events are written in the background: wait until the conversation's are in the log. */
    static void awaitChatEvents(DataSource db, String conversation, int expected) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (Db.count(db, "SELECT count(*) FROM events WHERE type = 'chat_turn' AND payload ->> 'conversationId' = ?",
                conversation) < expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("chat_turn events of " + conversation + " did not arrive");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
