package io.aisle.console.service;

import io.aisle.console.config.ConsoleConfig;
import io.aisle.console.repository.AgentRepository;
import io.aisle.console.repository.InboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.OffsetDateTime;

@ApplicationScoped
public class InboxService {

    private final InboxRepository inbox;
    private final AgentRepository agents;
    private final ConsoleConfig config;

    public InboxService(InboxRepository inbox, AgentRepository agents, ConsoleConfig config) {
        this.inbox = inbox;
        this.agents = agents;
        this.config = config;
    }

    public Inbox of(String agent) throws SQLException {
        int limit = config.inboxLimit();
        return new Inbox(OffsetDateTime.now(), inbox.waiting(limit), inbox.heldBy(agent, limit),
                inbox.withBot(config.liveWindow(), limit), agents.all());
    }
}
