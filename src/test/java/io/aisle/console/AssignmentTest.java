package io.aisle.console;

import static io.aisle.console.ConsoleFixtures.agent;
import static io.aisle.console.ConsoleFixtures.waiting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.aisle.assistant.conversation.ConversationRepository;
import io.aisle.common.Db;
import io.aisle.console.service.AgentPresence;
import io.aisle.console.service.ConversationHandling;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Round-robin assignment with per-agent capacity, driven through handoffs, availability and freed slots. */
@QuarkusTest
class AssignmentTest {

    @Inject
    DataSource db;
    @Inject
    ConversationRepository conversations;
    @Inject
    AgentPresence presence;
    @Inject
    ConversationHandling handling;

    String t;

    @BeforeEach
    void quiet() throws SQLException {
        ConsoleFixtures.quietQueue(db);
        t = ConsoleFixtures.token();
    }

    @Test
    void aHandedOffConversationGoesToTheAvailableAgentWithTheFewestOpen() throws SQLException {
        String busy = agent(db, t + "-busy", 3);
        String free = agent(db, t + "-free", 3);
        agent(db, t + "-away", 3);
        presence.setAvailable(busy, true);
        handling.takeOver(ConsoleFixtures.conversation(conversations, null), busy);
        presence.setAvailable(free, true);

        String handedOff = waiting(conversations, null, 0);

        assertEquals(free, assignee(handedOff));
        assertEquals(1, presence.status(free).open());
        assertEquals(1, presence.status(busy).open());
    }

    @Test
    void agentsWithEqualLoadsTakeTurns() throws SQLException {
        String first = agent(db, t + "-a", 5);
        String second = agent(db, t + "-b", 5);
        presence.setAvailable(first, true);
        presence.setAvailable(second, true);
        List<String> assignees = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            assignees.add(assignee(waiting(conversations, null, 0)));
        }
        assertEquals(List.of(first, second, first, second), assignees,
                "never assigned before goes first (by name on a tie), then the one assigned longest ago");
    }

    @Test
    void aFullAgentGetsNothingAndTheConversationWaitsInTheSharedQueueUntilASlotFrees() throws SQLException {
        String agent = agent(db, t + "-full", 1);
        presence.setAvailable(agent, true);
        String held = waiting(conversations, null, 0);
        assertEquals(agent, assignee(held));
        handling.takeOver(held, agent);

        String queued = waiting(conversations, null, 0);
        assertNull(assignee(queued), "above capacity: stays in the shared queue");

        handling.resolve(held, agent);
        assertEquals(agent, assignee(queued), "the freed slot takes the next waiting conversation");
    }

    @Test
    void anAgentBecomingAvailableTakesTheQueueInOrderUpToCapacity() throws SQLException {
        String agent = agent(db, t + "-late", 2);
        String older = waiting(conversations, null, 0);
        String priority = waiting(conversations, null, 1);
        String newer = waiting(conversations, null, 0);
        assertNull(assignee(priority), "nobody is available yet");

        presence.setAvailable(agent, true);

        assertEquals(agent, assignee(priority));
        assertEquals(agent, assignee(older));
        assertNull(assignee(newer));
        presence.setAvailable(agent, false);
        handling.handBack(take(priority, agent), agent);
        assertNull(assignee(newer), "an unavailable agent gets nothing new");
    }

    private String take(String id, String agent) throws SQLException {
        handling.takeOver(id, agent);
        return id;
    }

    private String assignee(String conversationId) {
        return Db.one(db, "SELECT assigned_agent FROM conversations WHERE id = ?", rs -> java.util.Optional.ofNullable(rs.getString(1)),
                conversationId).orElseThrow().orElse(null);
    }
}
