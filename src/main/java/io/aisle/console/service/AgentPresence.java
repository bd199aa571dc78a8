package io.aisle.console.service;

import io.aisle.console.repository.AgentRepository;
import io.aisle.console.repository.AgentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.sql.SQLException;

/** Agents mark themselves available (they get conversations assigned) or unavailable (they keep what they have). */
@ApplicationScoped
public class AgentPresence {

    private final AgentRepository agents;
    private final AssignmentService assigner;

    public AgentPresence(AgentRepository agents, AssignmentService assigner) {
        this.agents = agents;
        this.assigner = assigner;
    }

    public AgentStatus status(String agent) throws SQLException {
        return agents.find(agent).orElseThrow(() -> new NotFoundException("'" + agent + "' is not an active agent"));
    }

    public AgentStatus setAvailable(String agent, boolean available) throws SQLException {
        status(agent);
        agents.setAvailable(agent, available);
        if (available) {
            assigner.assignWaiting();
        }
        return status(agent);
    }
}
