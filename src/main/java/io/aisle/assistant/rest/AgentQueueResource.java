package io.aisle.assistant.rest;

import io.aisle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.aisle.assistant.conversation.ConversationRepository;
import io.aisle.assistant.conversation.WaitingConversation;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The agents' queue of handed-off conversations. Staff-only once the security issue lands. */
@Path("/assistant/agent/queue")
@Tag(name = "assistant", description = "The shopping assistant: conversations and turns (grounded mode)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AGENT)
public class AgentQueueResource {

    private static final int MAX = 200;

    private final ConversationRepository conversations;

    public AgentQueueResource(ConversationRepository conversations) {
        this.conversations = conversations;
    }

    @GET
    @Operation(summary = "Conversations waiting for an agent: priority customers first, then the longest waiting")
    public List<WaitingConversation> waiting(@QueryParam("limit") @DefaultValue("50") int limit) throws SQLException {
        return conversations.waiting(Math.max(1, Math.min(MAX, limit)));
    }
}
