package io.aisle.console;

import io.aisle.assistant.conversation.ConversationRepository;
import io.aisle.assistant.conversation.ConversationState;
import io.aisle.common.Db;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** Agents and conversations for the console's tests, written straight to the database. */
final class ConsoleFixtures {

    private ConsoleFixtures() {
    }

    /** Unique per test; starts with a letter, as staff user names must. */
    static String token() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A bcrypt hash of no known password: these agents act through test tokens and never sign in. */
    private static final String NO_PASSWORD = "$2a$10$" + "N".repeat(53);

    /** An active agent of that capacity, unavailable until told otherwise. */
    static String agent(DataSource db, String username, int capacity) throws SQLException {
        Db.execute(db, "INSERT INTO staff_users (username, password_hash, roles, display_name, capacity, active)"
                + " VALUES (?, ?, '{agent}', ?, ?, true)", username, NO_PASSWORD, username, capacity);
        return username;
    }

    /**
     * Leaves the queue to the test: what earlier tests left waiting is assigned to nobody who takes part, and every
     * agent is unavailable.
     */
    static void quietQueue(DataSource db) throws SQLException {
        Db.execute(db, "UPDATE conversations SET assigned_agent = 'elsewhere' WHERE state = 'waiting_for_agent'"
                + " AND assigned_agent IS NULL");
        Db.execute(db, "UPDATE console_agents SET available = false");
    }

    /** A conversation with the bot; its anonymous shopper's session is {@link #session(String)}. */
    static String conversation(ConversationRepository conversations, String customerId) throws SQLException {
        String id = "c-" + UUID.randomUUID();
        conversations.create(id, session(id), customerId);
        return id;
    }

    static String session(String conversationId) {
        return "s-" + conversationId;
    }

    /** A conversation handed off now (which triggers assignment), with that queue priority. */
    static String waiting(ConversationRepository conversations, String customerId, int priority) throws SQLException {
        String id = conversation(conversations, customerId);
        conversations.setPriority(id, priority);
        conversations.transition(id, ConversationState.BOT, ConversationState.WAITING_FOR_AGENT, "wants a person", null);
        return id;
    }
}
