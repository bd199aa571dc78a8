package io.aisle.assistant;

import static io.restassured.RestAssured.given;

import io.aisle.common.Db;
import io.aisle.security.TestTokens;
import io.restassured.path.json.JsonPath;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/** Customers with orders of their own for the assistant's tests, and a chat client for one conversation. */
public final class AssistantFixtures {

    private AssistantFixtures() {
    }

    /**
     * Inserts a customer and one order of theirs with one line of the product; returns the order number. The
     * order is dated inside the demo data's year, so that it does not move the LTV run's as-of date (the newest
     * order in the store) for tests that share the database.
     */
    public static String customerWithOrder(DataSource db, String customer, String sku, String status) throws SQLException {
        String orderNumber = String.valueOf(ThreadLocalRandom.current().nextInt(600_000, 1_000_000));
        Db.execute(db, "INSERT INTO customers (external_id, country) VALUES (?, 'United Kingdom') ON CONFLICT DO NOTHING",
                customer);
        Db.execute(db, "INSERT INTO orders (order_number, customer_id, status, placed_at, currency, total_amount)"
                + " SELECT ?, id, ?, timestamptz '2011-11-20 10:00Z', 'GBP', 25.00 FROM customers WHERE external_id = ?",
                orderNumber, status, customer);
        Db.execute(db, "INSERT INTO order_lines (order_id, line_no, product_id, quantity, unit_price, amount)"
                + " SELECT o.id, 1, p.id, 2, p.price, 2 * p.price FROM orders o, products p"
                + " WHERE o.order_number = ? AND p.sku = ?", orderNumber, sku);
        return orderNumber;
    }

    /** Gives the customer a lifetime-value score of a retired model version (no active model is disturbed). */
    public static void score(DataSource db, String customer, String tier, double predictedValue, double churnRisk)
            throws SQLException {
        long version = Db.one(db, "INSERT INTO ltv_model_versions (kind, cutoff, holdout_end, customers, status)"
                + " VALUES ('bgnbd_gg', now(), now(), 1, 'retired') RETURNING id", rs -> rs.getLong(1)).orElseThrow();
        Db.execute(db, "INSERT INTO customer_scores (customer_id, predicted_value, expected_purchases, probability_alive,"
                + " churn_risk, tier, model_version_id) SELECT id, ?, 2, 0.9, ?, ?, ? FROM customers"
                + " WHERE external_id = ?", predictedValue, churnRisk, tier, version, customer);
    }

    /** Removes what {@link #score} added, so that the LTV tests find only the scores of their own runs. */
    public static void unscore(DataSource db, String customer) throws SQLException {
        Db.execute(db, "WITH s AS (DELETE FROM customer_scores WHERE customer_id = (SELECT id FROM customers"
                + " WHERE external_id = ?) RETURNING model_version_id)"
                + " DELETE FROM ltv_model_versions WHERE id IN (SELECT model_version_id FROM s)", customer);
    }

    /** One conversation, as a shopper (signed in by the store when customer is not null) would hold it. */
    public static final class Chat {

        public final String id;
        public final String session;
        /** The shopper's bearer token: the store's for a customer, an anonymous session token otherwise. */
        public final String token;

        private Chat(String id, String session, String token) {
            this.id = id;
            this.session = session;
            this.token = token;
        }

        public static Chat start(String customer) {
            String token = customer != null ? TestTokens.shopper(customer)
                    : given().post("/auth/session").then().statusCode(200).extract().jsonPath().getString("token");
            JsonPath started = given().auth().oauth2(token).when().post("/assistant/conversations")
                    .then().statusCode(201).extract().jsonPath();
            return new Chat(started.getString("conversationId"), started.getString("sessionId"), token);
        }

        public JsonPath say(String text) {
            return send(text).then().statusCode(200).extract().jsonPath();
        }

        public io.restassured.response.Response send(String text) {
            return given().auth().oauth2(token).contentType("application/json").body(Map.of("text", text))
                    .when().post("/assistant/conversations/" + id + "/messages");
        }

        public JsonPath transcript() {
            return given().auth().oauth2(token).when().get("/assistant/conversations/" + id)
                    .then().statusCode(200).extract().jsonPath();
        }
    }
}
