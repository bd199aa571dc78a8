package io.aisle.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.aisle.assistant.AssistantFixtures.Chat;
import io.aisle.search.SearchFixtures;
import io.aisle.security.token.SigningKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may call what, with real signed tokens: each boundary from both sides. */
@QuarkusTest
class RoleBoundariesTest {

    @Test
    void withoutATokenOnlyPublicEndpointsAnswer() {
        given().get("/search?q=mug").then().statusCode(200);
        given().get("/products").then().statusCode(200);
        for (String path : new String[] {"/console/api/inbox", "/ltv/segments", "/admin/audit", "/v1/models",
                "/admin/staff", "/recommendations/c-1"}) {
            given().get(path).then().statusCode(401).body("error", equalTo("unauthorized"));
        }
        given().post("/assistant/conversations").then().statusCode(401);
        given().contentType("application/json").body("[]").post("/events").then().statusCode(401);
    }

    @Test
    void aShopperCannotReadAnotherShoppersRecommendationsNorCallStaffApis() {
        String t = SearchFixtures.token();
        String carol = TestTokens.shopper(t + "-carol");
        given().auth().oauth2(carol).get("/recommendations/" + t + "-carol").then().statusCode(200);
        given().auth().oauth2(carol).get("/recommendations/" + t + "-dave").then().statusCode(403)
                .body("error", equalTo("forbidden"));
        for (String path : new String[] {"/console/api/inbox", "/ltv/customers/" + t + "-carol", "/ltv/segments",
                "/admin/audit", "/admin/recommend/models"}) {
            given().auth().oauth2(carol).get(path).then().statusCode(403);
        }
        given().auth().oauth2(carol).post("/admin/ltv/retrain").then().statusCode(403);
        given().auth().oauth2(carol).contentType("application/json").body("[]").post("/events").then().statusCode(403);
        given().auth().oauth2(carol).post("/console/api/conversations/c-x/take-over").then().statusCode(403);
    }

    @Test
    void anAgentServesCustomersButCannotChangeModels() {
        String ava = TestTokens.agent("ava");
        given().auth().oauth2(ava).get("/console/api/inbox").then().statusCode(200);
        given().auth().oauth2(ava).get("/recommendations/someone").then().statusCode(200);
        given().auth().oauth2(ava).post("/admin/ltv/retrain").then().statusCode(403);
        given().auth().oauth2(ava).post("/admin/recommend/models/1/activate").then().statusCode(403);
        given().auth().oauth2(ava).post("/admin/search/reindex").then().statusCode(403);
        given().auth().oauth2(ava).contentType("application/json").body(Map.of("name", "x1"))
                .post("/admin/service-tokens").then().statusCode(403);
        given().auth().oauth2(ava).post("/assistant/conversations").then().statusCode(403);
    }

    @Test
    void aReviewerReadsValueButCannotReplyToCustomersOrTakeOver() {
        Chat chat = Chat.start(null);
        chat.say("I want to talk to a person");
        String rita = TestTokens.reviewer("rita");
        given().auth().oauth2(rita).get("/ltv/segments").then().statusCode(200);
        given().auth().oauth2(rita).post("/console/api/conversations/" + chat.id + "/take-over").then().statusCode(403);
        given().auth().oauth2(rita).contentType("application/json").body(Map.of("text", "hello"))
                .post("/console/api/conversations/" + chat.id + "/messages").then().statusCode(403);
        given().auth().oauth2(rita).get("/console/api/inbox").then().statusCode(403);
    }

    @Test
    void theStoresTokenNeverGrantsStaffRolesWhateverItClaims() {
        String forged = Jwt.issuer(TestTokens.STORE_ISSUER).subject("mallory").groups(Set.of("admin", "agent"))
                .expiresAt(Instant.now().plusSeconds(600)).jws().keyId("demo-store-dev")
                .sign(SigningKeys.read("dev-keys/demo-store-dev.pem"));
        given().auth().oauth2(forged).get("/admin/audit").then().statusCode(403);
        given().auth().oauth2(forged).get("/console/api/inbox").then().statusCode(403);
        given().auth().oauth2(forged).get("/auth/me").then().statusCode(200).body("customerId", equalTo("mallory"))
                .body("roles", equalTo(List.of("shopper")));
    }

    @Test
    void tokensSignedByAnUnknownKeyFromAnUnknownIssuerOrExpiredAreRefused() throws NoSuchAlgorithmException {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String otherKey = Jwt.issuer(TestTokens.ISSUER).subject("admin").groups("admin")
                .expiresAt(Instant.now().plusSeconds(600)).jws().keyId("aisle-dev").sign(generator.generateKeyPair().getPrivate());
        String otherIssuer = Jwt.issuer("someone-else").subject("admin").groups("admin")
                .expiresAt(Instant.now().plusSeconds(600)).jws().keyId("aisle-dev")
                .sign(SigningKeys.read("dev-keys/aisle-dev.pem"));
        String expired = Jwt.issuer(TestTokens.ISSUER).subject("admin").groups("admin")
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).jws().keyId("aisle-dev")
                .sign(SigningKeys.read("dev-keys/aisle-dev.pem"));
        for (String token : new String[] {otherKey, otherIssuer, expired, "not.a.token"}) {
            given().auth().oauth2(token).get("/admin/audit").then().statusCode(401);
        }
        given().auth().oauth2(TestTokens.admin()).get("/admin/audit").then().statusCode(200);
    }
}
