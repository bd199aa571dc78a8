package io.aisle.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aisle.common.Db;
import io.aisle.search.SearchFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Staff sign-in against the built-in user store, staff accounts, service tokens and the audit log. */
@QuarkusTest
class StaffSignInTest {

    @Inject
    DataSource db;

    @Test
    void aDemoAgentSignsInAndTheTokenCarriesTheirRoles() {
        String token = given().contentType("application/json").body(Map.of("username", "ava", "password", "aisle-demo"))
                .post("/auth/staff/login").then().statusCode(200).body("roles", equalTo(List.of("agent")))
                .extract().jsonPath().getString("token");
        given().auth().oauth2(token).get("/auth/me").then().statusCode(200).body("name", equalTo("ava"))
                .body("roles", equalTo(List.of("agent")));
        given().auth().oauth2(token).get("/console/api/inbox").then().statusCode(200);
    }

    @Test
    void passwordsAreStoredOnlyAsBcryptHashes() throws SQLException {
        assertEquals(0, Db.count(db, "SELECT count(*) FROM staff_users WHERE password_hash NOT LIKE '$2a$%'"
                + " OR password_hash LIKE '%aisle-demo%'"));
    }

    @Test
    void aWrongPasswordIsRefusedAuditedAndRepeatedFailuresLockTheUsernameOut() throws SQLException {
        String user = "lock" + SearchFixtures.token().toLowerCase().replaceAll("[^a-z0-9]", "");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("username", user, "password", "right-password", "roles", List.of("agent"), "displayName", "L"))
                .post("/admin/staff").then().statusCode(201).body("roles", equalTo(List.of("agent")));
        for (int i = 0; i < 10; i++) {
            given().contentType("application/json").body(Map.of("username", user, "password", "wrong-password"))
                    .post("/auth/staff/login").then().statusCode(401).body("error", equalTo("unauthorized"));
        }
        given().contentType("application/json").body(Map.of("username", user, "password", "right-password"))
                .post("/auth/staff/login").then().statusCode(429);
        assertEquals(10, Db.count(db, "SELECT count(*) FROM audit_log WHERE actor = ? AND action = 'login_failed'", user));
    }

    @Test
    void badSignInsAndStaffAccountsAreRefusedNamingTheField() {
        given().contentType("application/json").body(Map.of("password", "x")).post("/auth/staff/login").then()
                .statusCode(400).body("violations[0].field", equalTo("username"));
        given().contentType("application/json").body(Map.of("username", "ava")).post("/auth/staff/login").then()
                .statusCode(400).body("violations[0].field", equalTo("password"));
        String admin = TestTokens.admin();
        Map<String, Object> good = Map.of("username", "newbie", "password", "long-enough", "roles", List.of("agent"),
                "displayName", "New");
        for (var bad : List.of(Map.entry("username", "Bad Name"), Map.entry("password", "short"),
                Map.entry("roles", List.of("root")), Map.entry("displayName", " "))) {
            var body = new java.util.HashMap<>(good);
            body.put(bad.getKey(), bad.getValue());
            given().auth().oauth2(admin).contentType("application/json").body(body).post("/admin/staff").then()
                    .statusCode(400).body("violations[0].field", equalTo(bad.getKey()));
        }
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("username", "ava", "password", "long-enough", "roles", List.of("agent"), "displayName", "A"))
                .post("/admin/staff").then().statusCode(409);
    }

    @Test
    void anAdminIssuesAServiceTokenThatMayIngestEventsAndTheActionIsAudited() {
        String service = given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("name", "store-backend", "lifetime", "P7D")).post("/admin/service-tokens").then()
                .statusCode(200).extract().jsonPath().getString("token");
        given().auth().oauth2(service).contentType("application/json").body("[]").post("/events").then()
                .statusCode(not(401)).statusCode(not(403));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("name", "x", "lifetime", "P9999D"))
                .post("/admin/service-tokens").then().statusCode(400);
        given().auth().oauth2(TestTokens.admin()).get("/admin/audit?action=issue_service_token").then().statusCode(200)
                .body("targetId", hasItems("store-backend"));
    }

    @Test
    void anAnonymousSessionTokenAndADemoStoreSignInNameTheShopper() {
        String session = given().post("/auth/session").then().statusCode(200)
                .body("sessionId", not(emptyOrNullString())).extract().jsonPath().getString("token");
        given().auth().oauth2(session).get("/auth/me").then().body("roles", equalTo(List.of("shopper")))
                .body("customerId", equalTo(null));
        String customer = given().contentType("application/json").body(Map.of("customerId", "12345"))
                .post("/auth/demo-store/shopper-token").then().statusCode(200).extract().jsonPath().getString("token");
        given().auth().oauth2(customer).get("/auth/me").then().body("customerId", equalTo("12345"));
        given().contentType("application/json").body(Map.of("customerId", "has space"))
                .post("/auth/demo-store/shopper-token").then().statusCode(400).body("violations[0].field", equalTo("customerId"));
    }
}
