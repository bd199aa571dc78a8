package io.aisle.ltv.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.catalog.demo.DemoStoreLoader;
import io.aisle.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One store's story, in order: a first run scores everyone; a run that cannot train changes nothing;
 * a run whose model is clearly worse than the active one keeps the active one.
 * The store is 300 real customers of UCI Online Retail with their full year of orders.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LtvRetrainingTest {

    static final Path STORE = Path.of("src/test/resources/demo/online-retail-300-customers.csv.gz");
    static final String SCORES_FINGERPRINT = "SELECT count(*) || ':' || coalesce(md5(string_agg(customer_id || '/'"
            + " || predicted_value || '/' || tier || '/' || model_version_id, ',' ORDER BY customer_id)), '')"
            + " FROM customer_scores";
    static final String ACTIVE = "SELECT coalesce(string_agg(id::text, ',' ORDER BY id), '') FROM ltv_model_versions"
            + " WHERE status = 'active'";

    @Inject
    DemoStoreLoader loader;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void store() throws Exception {
        loader.load(STORE, false);
    }

    @Test
    @Order(1)
    void firstRunPromotesAModelAndScoresEveryCustomerWithOrders() throws SQLException {
        given().auth().oauth2(TestTokens.admin()).post("/admin/ltv/retrain").then().statusCode(200)
                .body("outcome", equalTo("promoted"))
                .body("asOf", equalTo("2011-12-09"))
                .body("candidate.gini", greaterThan(0.3f));

        // customers whose every order was cancelled (or returned) never bought anything: they get no score
        assertEquals(count("SELECT count(DISTINCT customer_id) FROM orders WHERE status NOT IN ('cancelled', 'returned')"),
                count("SELECT count(*) FROM customer_scores"));
        assertEquals(0, count("SELECT count(*) FROM customer_scores WHERE model_version_id NOT IN"
                + " (SELECT id FROM ltv_model_versions WHERE status = 'active')"));
        assertEquals(0, count("SELECT count(*) FROM customer_scores s, customer_scores t"
                + " WHERE s.tier = 'top5' AND t.tier = 'rest' AND s.predicted_value < t.predicted_value"),
                "no 'rest' customer is predicted to be worth more than a top-5% one");

        long customers = count("SELECT count(*) FROM customer_scores");
        given().auth().oauth2(TestTokens.admin()).get("/ltv/segments").then().statusCode(200)
                .body("customers.sum()", equalTo((int) customers))
                .body("tier", hasItem("top5"));
        String someone = text("SELECT c.external_id FROM customer_scores s JOIN customers c ON c.id = s.customer_id"
                + " WHERE s.tier = 'top5' LIMIT 1");
        given().auth().oauth2(TestTokens.admin()).get("/ltv/customers/" + someone).then().statusCode(200)
                .body("tier", equalTo("top5"))
                .body("predictedValue", greaterThan(0f))
                .body("drivers.factor", hasItem("repeat purchases"))
                .body("churnRisk", notNullValue());
        given().auth().oauth2(TestTokens.admin()).get("/ltv/models").then().statusCode(200)
                .body("findAll { it.status == 'active' }.kind", containsInAnyOrder("bgnbd_gg", "ziln"));
        assertEquals(1, count("SELECT count(*) FROM ltv_model_versions WHERE kind = 'ziln' AND status = 'active'"
                + " AND length(artifact) > 1000"), "the active deep model is stored with its parameters");
    }

    @Test
    @Order(2)
    void runThatCannotTrainLeavesModelAndScoresUntouched() throws SQLException {
        String before = text(SCORES_FINGERPRINT);
        String active = text(ACTIVE);

        // as of 2010-12-20 the 13-week holdout starts before the store's first order: nothing to fit
        given().auth().oauth2(TestTokens.admin()).queryParam("asOf", "2010-12-20").post("/admin/ltv/retrain").then().statusCode(200)
                .body("outcome", equalTo("failed"))
                .body("error", notNullValue());

        assertEquals(before, text(SCORES_FINGERPRINT));
        assertEquals(active, text(ACTIVE));
        assertEquals("failed", text("SELECT outcome FROM ltv_runs ORDER BY id DESC LIMIT 1"));
    }

    @Test
    @Order(3)
    void clearlyWorseCandidateDoesNotReplaceTheActiveModel() throws SQLException {
        String active = text(ACTIVE);
        execute("UPDATE ltv_model_versions SET metrics = '{\"gini\": 0.99, \"spearman\": 0.99, \"decileMape\": 0.01,"
                + " \"totalError\": 0.0}' WHERE status = 'active'");
        String before = text(SCORES_FINGERPRINT);

        given().auth().oauth2(TestTokens.admin()).post("/admin/ltv/retrain").then().statusCode(200).body("outcome", equalTo("kept_active"));

        assertEquals(active, text(ACTIVE));
        assertEquals(before, text(SCORES_FINGERPRINT));
        assertEquals("rejected", text("SELECT status FROM ltv_model_versions ORDER BY id DESC LIMIT 1"));
    }

    @Test
    @Order(4)
    void badRequestsAreRefusedClearly() {
        given().auth().oauth2(TestTokens.admin()).queryParam("asOf", "yesterday").post("/admin/ltv/retrain").then().statusCode(400)
                .body("violations[0].field", equalTo("asOf"));
        given().auth().oauth2(TestTokens.admin()).get("/ltv/customers/no-such-customer").then().statusCode(404).body("error", equalTo("not_found"));
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
