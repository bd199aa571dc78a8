package io.aisle.console.service;

import io.aisle.assistant.conversation.HandedOff;
import io.aisle.console.repository.AssignmentRepository;
import io.aisle.console.repository.AssignmentRepository.Assignment;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Round-robin assignment with per-agent capacity: a waiting conversation goes to the available agent with the fewest
 * open conversations, and among those to the one assigned to longest ago, as long as they are below their capacity;
 * the others stay in the shared queue. Runs when a conversation is handed off, when an agent becomes available or
 * frees a slot (hand back, resolve), and on a schedule ({@code aisle.console.assignment-sweep}) for anything missed.
 */
@ApplicationScoped
public class AssignmentService {

    private static final Logger LOG = Logger.getLogger(AssignmentService.class);

    private final AssignmentRepository assignments;

    public AssignmentService(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    public List<Assignment> assignWaiting() throws SQLException {
        List<Assignment> made = assignments.assignWaiting();
        if (!made.isEmpty()) {
            LOG.debugf("assigned %d waiting conversation(s)", made.size());
        }
        return made;
    }

    /** The shopper's turn that handed off must not fail for this: a failed assignment is logged and swept later. */
    void handedOff(@Observes HandedOff event) {
        try {
            assignWaiting();
        } catch (SQLException e) {
            LOG.warnf(e, "assigning handed-off conversation %s failed; the next sweep retries", event.conversationId());
        }
    }

    @Scheduled(every = "{aisle.console.assignment-sweep}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() throws SQLException {
        assignWaiting();
    }
}
