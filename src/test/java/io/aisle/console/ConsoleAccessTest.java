package io.aisle.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.aisle.assistant.conversation.ConversationRepository;
import io.aisle.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every console endpoint is for agents: anonymous callers get 401, shoppers and reviewers 403. */
@QuarkusTest
class ConsoleAccessTest {

    @Inject
    ConversationRepository conversations;

    record Call(String method, String path) {
    }

    List<Call> endpoints(String id) {
        String c = "/console/api/conversations/" + id;
        return List.of(new Call("GET", "/console/api/inbox"), new Call("GET", "/console/api/me"),
                new Call("PUT", "/console/api/me/availability"), new Call("GET", c), new Call("POST", c + "/take-over"),
                new Call("POST", c + "/hand-back"), new Call("POST", c + "/messages"), new Call("POST", c + "/resolve"),
                new Call("GET", c + "/notes"), new Call("POST", c + "/notes"), new Call("GET", c + "/customer"),
                new Call("GET", "/console/api/canned-replies"), new Call("POST", "/console/api/canned-replies"));
    }

    @Test
    void anonymousCallersAreUnauthenticatedAndShoppersAndReviewersForbidden() throws SQLException {
        String id = ConsoleFixtures.waiting(conversations, null, 0);
        String shopper = TestTokens.shopper(ConsoleFixtures.token() + "-carol");
        String ownSession = TestTokens.anonymous(ConsoleFixtures.session(id));
        String reviewer = TestTokens.reviewer("rita");
        for (Call call : endpoints(id)) {
            call(call, null).then().statusCode(401);
            for (String token : List.of(shopper, ownSession, reviewer)) {
                call(call, token).then().statusCode(403);
            }
        }
        given().auth().oauth2(TestTokens.agent("ava")).get("/console/api/conversations/" + id).then().statusCode(200)
                .body("conversation.state", equalTo("waiting_for_agent"));
    }

    private static io.restassured.response.Response call(Call call, String token) {
        var request = token == null ? given() : given().auth().oauth2(token);
        if (!call.method().equals("GET")) {
            request.contentType("application/json").body(Map.of("text", "hi", "available", true));
        }
        return request.request(call.method(), call.path());
    }

    @Test
    void onlyAdminsAddCannedRepliesWhichAgentsListAndUse() throws SQLException {
        String shortcut = "x-" + ConsoleFixtures.token();
        Map<String, String> reply = Map.of("shortcut", shortcut, "title", "Exchange", "body", "Happy to exchange it.");
        given().auth().oauth2(TestTokens.agent("ava")).contentType("application/json").body(reply)
                .post("/console/api/canned-replies").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(reply)
                .post("/console/api/canned-replies").then().statusCode(200).body("uses", equalTo(0));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(reply)
                .post("/console/api/canned-replies").then().statusCode(400)
                .body("violations[0].field", equalTo("shortcut"));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("shortcut", "Bad Shortcut", "title", "", "body", "b")).post("/console/api/canned-replies")
                .then().statusCode(400).body("violations.field", equalTo(List.of("shortcut", "title")));

        String ava = TestTokens.agent("ava");
        given().auth().oauth2(ava).get("/console/api/canned-replies").then().statusCode(200)
                .body("find { it.shortcut == 'hello' }.title", equalTo("Greeting"))
                .body("find { it.shortcut == '" + shortcut + "' }.body", equalTo("Happy to exchange it."));
        String id = ConsoleFixtures.waiting(conversations, null, 0);
        given().auth().oauth2(ava).post("/console/api/conversations/" + id + "/take-over").then().statusCode(200);
        given().auth().oauth2(ava).contentType("application/json")
                .body(Map.of("text", "Happy to exchange it, Sam.", "cannedReply", shortcut))
                .post("/console/api/conversations/" + id + "/messages").then().statusCode(200);
        given().auth().oauth2(ava).get("/console/api/canned-replies").then().statusCode(200)
                .body("find { it.shortcut == '" + shortcut + "' }.uses", equalTo(1));
    }
}
