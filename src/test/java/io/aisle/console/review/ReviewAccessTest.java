package io.aisle.console.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.aisle.assistant.AssistantFixtures.Chat;
import io.aisle.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may review: reviewers (and admins who are reviewers too); agents and shoppers may not; reviewers do not reply. */
@QuarkusTest
class ReviewAccessTest {

    static final List<String> READS = List.of("/review/api/conversations", "/review/api/labels", "/review/api/export",
            "/review/api/dashboard");

    @Test
    void onlyReviewersReadReviewData() {
        for (String path : READS) {
            given().get(path).then().statusCode(401);
            as(TestTokens.agent("ava")).get(path).then().statusCode(403);
            as(TestTokens.shopper("review-shopper")).get(path).then().statusCode(403);
            as(TestTokens.anonymous("review-session")).get(path).then().statusCode(403);
            as(TestTokens.reviewer("rita")).get(path).then().statusCode(200);
            as(TestTokens.admin()).get(path).then().statusCode(200);
        }
    }

    @Test
    void onlyReviewersLabelAndEachRemovesOnlyTheirOwn() {
        Chat chat = Chat.start(null);
        chat.say("hello");
        String path = "/review/api/conversations/" + chat.id + "/labels";
        as(TestTokens.agent("ava")).contentType("application/json").body(Map.of("label", "other")).post(path)
                .then().statusCode(403);
        as(TestTokens.shopper("review-shopper")).contentType("application/json").body(Map.of("label", "other"))
                .post(path).then().statusCode(403);
        int id = as(TestTokens.reviewer("rina")).contentType("application/json")
                .body(Map.of("label", "other", "reviewer", "someone-else")).post(path).then().statusCode(201)
                .body("reviewer", equalTo("rina")).extract().path("id");
        as(TestTokens.reviewer("rita")).get("/review/api/labels").then().statusCode(200).body("id", not(hasItem(id)));
        as(TestTokens.reviewer("rina")).get("/review/api/labels").then().statusCode(200).body("id", hasItem(id));
        as(TestTokens.reviewer("rita")).delete("/review/api/labels/" + id).then().statusCode(403)
                .body("error", equalTo("forbidden"));
        as(TestTokens.agent("ava")).delete("/review/api/labels/" + id).then().statusCode(403);
        as(TestTokens.reviewer("rina")).delete("/review/api/labels/" + id).then().statusCode(204);
    }

    @Test
    void aReviewerCannotReplyToCustomersOrTakeConversationsOver() {
        Chat chat = Chat.start(null);
        chat.say("get me a human please");
        String agent = "/console/api/conversations/" + chat.id;
        as(TestTokens.reviewer("rita")).post(agent + "/take-over").then().statusCode(403);
        as(TestTokens.reviewer("rita")).contentType("application/json").body(Map.of("text", "Hello from review"))
                .post(agent + "/messages").then().statusCode(403);
        as(TestTokens.reviewer("rita")).post(agent + "/resolve").then().statusCode(403);
        assertEquals(List.of("shopper", "assistant"), chat.transcript().getList("messages.role"), "nothing was sent");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
