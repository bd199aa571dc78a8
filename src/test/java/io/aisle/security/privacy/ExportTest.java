package io.aisle.security.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.aisle.assistant.AssistantFixtures.Chat;
import io.aisle.common.Db;
import io.aisle.security.TestTokens;
import io.aisle.security.privacy.PrivacyFixtures.Shopper;
import io.aisle.security.privacy.service.Subject;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Data export: complete for the caller, nothing of anyone else, the subject only ever from the token. */
@QuarkusTest
class ExportTest {

    @Inject
    DataSource db;

    @Test
    void aShopperExportsEverythingHeldAboutThemAndNothingOfOthers() throws Exception {
        Shopper shopper = PrivacyFixtures.shopperWithData(db, PrivacyFixtures.newCustomer());
        Shopper other = PrivacyFixtures.shopperWithData(db, PrivacyFixtures.newCustomer());
        long events = Db.count(db, "SELECT count(*) FROM events WHERE customer_id = ? OR session_id = ?",
                shopper.customer(), shopper.session());
        Db.execute(db, "INSERT INTO conversation_notes (conversation_id, author, text) VALUES (?, 'ava', 'prefers email')",
                shopper.conversation());

        // ids offered in the query or a header are ignored: the token says whose data it is
        String body = given().auth().oauth2(TestTokens.shopper(shopper.customer()))
                .queryParam("customerId", other.customer()).header("X-Customer-Id", other.customer())
                .get("/privacy/me/export").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .body("subject.kind", equalTo("customer"))
                .body("subject.id", equalTo(shopper.customer()))
                .body("customer.customerId", equalTo(shopper.customer()))
                .body("orders.orderNumber", equalTo(List.of(shopper.orderNumber())))
                .body("orders[0].lines[0].sku", endsWith("-lantern-white"))
                .body("conversations.conversationId", equalTo(List.of(shopper.conversation())))
                .body("conversations[0].messages", hasSize(4))
                .body("conversations[0].labels[0].note", equalTo("the teapot is blue"))
                .body("conversations[0].agentNotes[0].text", equalTo("prefers email"))
                .body("conversations[0].agentNotes[0].author", equalTo(null))
                .body("conversations[0].messages[1].role", equalTo("assistant"))
                .body("conversations[0].messages[1].toolCalls", not(empty()))
                .body("events", hasSize((int) events))
                .body("events.findAll { it.customerId == null }.sessionId", equalTo(List.of(shopper.session())))
                .body("lifetimeValue.tier", equalTo("top20"))
                .body("recommendationVectors[0].vector", hasSize(3))
                .body("sessions", equalTo(List.of(shopper.session())))
                .extract().asString();

        assertFalse(body.contains(other.customer()) || body.contains(other.conversation()) || body.contains(other.session()));
        assertFalse(body.contains("rita"), "staff names are not the shopper's data");
        assertEquals("shopper", Db.one(db, "SELECT actor FROM audit_log WHERE action = 'export' AND target_id = ?",
                rs -> rs.getString(1), Subject.customer(shopper.customer()).hash()).orElseThrow());
    }

    @Test
    void anAnonymousShopperExportsTheirSession() {
        Chat chat = Chat.start(null);
        chat.say("is " + PrivacyFixtures.shop() + "-mug in stock");

        given().auth().oauth2(chat.token).get("/privacy/me/export").then().statusCode(200)
                .body("subject.kind", equalTo("session"))
                .body("customer", nullValue())
                .body("orders", empty())
                .body("conversations.conversationId", equalTo(List.of(chat.id)))
                .body("conversations[0].messages[0].role", equalTo("shopper"));
    }

    @Test
    void anAdminExportsAnyCustomerButNotOneTheStoreNeverKnew() throws Exception {
        Shopper shopper = PrivacyFixtures.shopperWithData(db, PrivacyFixtures.newCustomer());

        given().auth().oauth2(TestTokens.admin()).get("/admin/privacy/customers/{id}/export", shopper.customer())
                .then().statusCode(200)
                .body("orders.orderNumber", equalTo(List.of(shopper.orderNumber())))
                .body("conversations.conversationId", equalTo(List.of(shopper.conversation())));
        assertEquals("admin", Db.one(db, "SELECT actor FROM audit_log WHERE action = 'export' AND target_id = ?",
                rs -> rs.getString(1), Subject.customer(shopper.customer()).hash()).orElseThrow());

        given().auth().oauth2(TestTokens.admin()).get("/admin/privacy/customers/{id}/export", PrivacyFixtures.newCustomer())
                .then().statusCode(404).body("error", equalTo("not_found"));
        given().auth().oauth2(TestTokens.admin()).get("/admin/privacy/customers/{id}/export", "x".repeat(129))
                .then().statusCode(400).body("violations[0].field", equalTo("customerId"));
    }
}
