package io.aisle.console.review;

import static io.restassured.RestAssured.given;

import io.aisle.assistant.AssistantFixtures;
import io.aisle.assistant.AssistantFixtures.Chat;
import io.aisle.common.Db;
import io.aisle.security.TestTokens;
import io.restassured.specification.RequestSpecification;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Conversations for the review tests, made through the assistant's API and then moved to a day of the test's own. */
final class ReviewFixtures {

    private ReviewFixtures() {
    }

    /** Moves the conversation, its messages and its state stamps to {@code day} (UTC), keeping the time of day. */
    static void moveTo(DataSource db, String conversationId, String day) throws SQLException {
        String shift = "(?::date - (created_at AT TIME ZONE 'UTC')::date)";
        Db.execute(db, "UPDATE conversation_messages SET created_at = created_at + " + shift + " * interval '1 day'"
                + " WHERE conversation_id = ?", day, conversationId);
        Db.execute(db, "UPDATE conversations SET created_at = created_at + " + shift + " * interval '1 day',"
                + " updated_at = updated_at + " + shift + " * interval '1 day',"
                + " handed_off_at = handed_off_at + " + shift + " * interval '1 day',"
                + " resolved_at = resolved_at + " + shift + " * interval '1 day' WHERE id = ?",
                day, day, day, day, conversationId);
    }

    /** Gives the customer (created when new) a current value score in {@code tier}, from a retired model version. */
    static void score(DataSource db, String customer, String tier) throws SQLException {
        Db.execute(db, "INSERT INTO customers (external_id, country) VALUES (?, 'United Kingdom') ON CONFLICT DO NOTHING",
                customer);
        AssistantFixtures.score(db, customer, tier, 900, 0.1);
    }

    /** An agent closes the conversation through the agents' console API. */
    static void resolve(Chat chat) {
        given().auth().oauth2(TestTokens.agent("ava")).post("/console/api/conversations/" + chat.id + "/resolve")
                .then().statusCode(200);
    }

    /** A request as the reviewer {@code rita}. */
    static RequestSpecification reviewer() {
        return given().auth().oauth2(TestTokens.reviewer("rita"));
    }
}
