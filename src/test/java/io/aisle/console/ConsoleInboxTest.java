package io.aisle.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aisle.assistant.AssistantFixtures;
import io.aisle.assistant.conversation.ConversationRepository;
import io.aisle.common.Db;
import io.aisle.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inbox's queue order, agents' availability and load, and the customer panel. */
@QuarkusTest
class ConsoleInboxTest {

    private final List<String> scoredCustomers = new ArrayList<>();

    @Inject
    DataSource db;
    @Inject
    ConversationRepository conversations;

    String t;

    @BeforeEach
    void quiet() throws SQLException {
        ConsoleFixtures.quietQueue(db);
        t = ConsoleFixtures.token();
    }

    @Test
    void theQueueListsPriorityCustomersThenHigherValueTiersThenTheLongestWaiting() throws SQLException {
        String top = scored(t + "-top", "top5");
        String rest = scored(t + "-rest", "rest");
        String oldest = ConsoleFixtures.waiting(conversations, null, 0);
        String regular = ConsoleFixtures.waiting(conversations, rest, 0);
        String valuable = ConsoleFixtures.waiting(conversations, top, 0);
        String priority = ConsoleFixtures.waiting(conversations, null, 1);

        List<String> queue = given().auth().oauth2(TestTokens.agent("ava")).get("/console/api/inbox").then()
                .statusCode(200).extract().jsonPath().getList("waiting.conversationId");
        List<String> mine = queue.stream().filter(List.of(oldest, regular, valuable, priority)::contains).toList();
        assertEquals(List.of(priority, valuable, oldest, regular), mine);
        given().auth().oauth2(TestTokens.agent("ava")).get("/console/api/inbox").then()
                .body("waiting.find { it.conversationId == '" + valuable + "' }.tier", equalTo("top5"))
                .body("waiting.find { it.conversationId == '" + valuable + "' }.customerId", equalTo(top))
                .body("waiting.find { it.conversationId == '" + oldest + "' }.tier", nullValue())
                .body("waiting.find { it.conversationId == '" + oldest + "' }.handedOffAt", notNullValue())
                .body("now", notNullValue());
    }

    @Test
    void anAgentWhoBecomesAvailableIsAssignedWaitingConversationsUpToCapacity() throws SQLException {
        String agent = ConsoleFixtures.agent(db, "agent-" + t, 1);
        String token = TestTokens.agent(agent);
        String first = ConsoleFixtures.waiting(conversations, null, 0);
        String second = ConsoleFixtures.waiting(conversations, null, 0);
        given().auth().oauth2(token).get("/console/api/me").then().statusCode(200)
                .body("available", equalTo(false)).body("capacity", equalTo(1)).body("open", equalTo(0));

        given().auth().oauth2(token).contentType("application/json").body(Map.of("available", true))
                .put("/console/api/me/availability").then().statusCode(200)
                .body("available", equalTo(true)).body("open", equalTo(1));
        given().auth().oauth2(token).get("/console/api/inbox").then().statusCode(200)
                .body("waiting.find { it.conversationId == '" + first + "' }.assignedAgent", equalTo(agent))
                .body("waiting.find { it.conversationId == '" + second + "' }.assignedAgent", nullValue())
                .body("agents.find { it.username == '" + agent + "' }.open", equalTo(1));
        given().auth().oauth2(TestTokens.agent("not-staff")).get("/console/api/me").then().statusCode(404);
    }

    @Test
    void theCustomerPanelShowsOrdersValueAndRecommendations() throws SQLException {
        String customer = t + "-erin";
        String order = AssistantFixtures.customerWithOrder(db, customer, t + "-no-such-product", "shipped");
        score(customer, "top20");
        String id = ConsoleFixtures.waiting(conversations, customer, 0);
        String ava = TestTokens.agent("ava");

        given().auth().oauth2(ava).get("/console/api/conversations/" + id + "/customer").then().statusCode(200)
                .body("customerId", equalTo(customer))
                .body("orders[0].orderNumber", equalTo(order))
                .body("orders[0].status", equalTo("shipped"))
                .body("value.tier", equalTo("top20"))
                .body("value.churnRisk", equalTo(0.35f))
                .body("value.predictedValue", equalTo(420.0f))
                .body("recommendations.placement", equalTo("console"))
                .body("recommendations.items", notNullValue());

        String anonymous = ConsoleFixtures.waiting(conversations, null, 0);
        given().auth().oauth2(ava).get("/console/api/conversations/" + anonymous + "/customer").then().statusCode(200)
                .body("customerId", nullValue()).body("orders.size()", equalTo(0)).body("value", nullValue())
                .body("recommendations.items", notNullValue());
        given().auth().oauth2(ava).get("/console/api/inbox").then()
                .body("waiting.conversationId", hasItem(id));
    }

    private String scored(String customer, String tier) throws SQLException {
        Db.execute(db, "INSERT INTO customers (external_id) VALUES (?)", customer);
        score(customer, tier);
        return customer;
    }

    private void score(String customer, String tier) throws SQLException {
        AssistantFixtures.score(db, customer, tier, 420, 0.35);
        scoredCustomers.add(customer);
    }

    /** The LTV tests count scores: the ones made here go again. */
    @AfterEach
    void unscore() throws SQLException {
        for (String customer : scoredCustomers) {
            AssistantFixtures.unscore(db, customer);
        }
        scoredCustomers.clear();
    }
}
