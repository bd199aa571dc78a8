package io.aisle.security.privacy;

import static io.restassured.RestAssured.given;

import io.aisle.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Who may call the privacy endpoints: shoppers their own, admins anyone's; nobody else. */
@QuarkusTest
class PrivacyAccessTest {

    private static final List<Function<RequestSpecification, io.restassured.response.Response>> ADMIN_CALLS = List.of(
            r -> r.get("/admin/privacy/customers/someone/export"),
            r -> r.post("/admin/privacy/customers/someone/erasure"),
            r -> r.post("/admin/privacy/retention/run"));

    private static final List<Function<RequestSpecification, io.restassured.response.Response>> SHOPPER_CALLS = List.of(
            r -> r.get("/privacy/me/export"),
            r -> r.delete("/privacy/me"));

    @Test
    void agentsReviewersShoppersAndServicesCannotUseTheAdminPrivacyEndpoints() {
        for (String token : List.of(TestTokens.agent("ava"), TestTokens.reviewer("rita"), TestTokens.shopper("someone"),
                TestTokens.anonymous("s-privacy"), TestTokens.service())) {
            for (var call : ADMIN_CALLS) {
                call.apply(given().auth().oauth2(token)).then().statusCode(403);
            }
        }
    }

    @Test
    void staffAndServicesHaveNoShopperDataOfTheirOwnToExportOrErase() {
        for (String token : List.of(TestTokens.agent("ava"), TestTokens.reviewer("rita"), TestTokens.admin(),
                TestTokens.service())) {
            for (var call : SHOPPER_CALLS) {
                call.apply(given().auth().oauth2(token)).then().statusCode(403);
            }
        }
    }

    @Test
    void withoutATokenEveryPrivacyEndpointAnswers401() {
        for (var call : ADMIN_CALLS) {
            call.apply(given()).then().statusCode(401);
        }
        for (var call : SHOPPER_CALLS) {
            call.apply(given()).then().statusCode(401);
        }
    }
}
