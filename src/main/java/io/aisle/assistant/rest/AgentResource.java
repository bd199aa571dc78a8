package io.aisle.assistant.rest;

import io.aisle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.aisle.assistant.conversation.Conversation;
import io.aisle.assistant.conversation.ConversationService;
import io.aisle.assistant.conversation.InputGuard;
import io.aisle.assistant.ws.LiveConversations;
import io.aisle.common.rest.ApiError;
import io.aisle.common.rest.InvalidRequestException;
import io.aisle.security.identity.Caller;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The human side of a handoff. Staff-only once the security issue lands; the agent console builds on it. What an
 * agent does here reaches the shopper's open chat sockets at once.
 */
@Path("/assistant/agent/conversations/{id}")
@Tag(name = "assistant", description = "The shopping assistant: conversations and turns (grounded mode)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AGENT)
public class AgentResource {

    public record AgentRequest(String text) {
    }

    public record State(String conversationId, String state, String agentId, String handoffReason) {

        static State of(Conversation c) {
            return new State(c.id(), c.state().wireName(), c.agentId(), c.handoffReason());
        }
    }

    private final ConversationService conversations;
    private final LiveConversations live;
    private final Caller caller;

    public AgentResource(ConversationService conversations, LiveConversations live, Caller caller) {
        this.conversations = conversations;
        this.live = live;
        this.caller = caller;
    }

    @POST
    @Path("/take-over")
    @Operation(summary = "An agent takes the conversation (waiting_for_agent or bot -> with_agent); the bot falls silent")
    @APIResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public State takeOver(@PathParam("id") String id) throws SQLException {
        Conversation taken = conversations.takeOver(id, caller.staffId());
        live.stateChanged(taken);
        return State.of(taken);
    }

    @POST
    @Path("/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The agent who holds the conversation writes to the shopper")
    public State reply(@PathParam("id") String id, AgentRequest body) throws SQLException {
        String agent = caller.staffId();
        if (body == null || body.text() == null || body.text().isBlank()) {
            throw InvalidRequestException.single("text", "must not be blank");
        }
        conversations.agentReply(id, agent, body.text());
        live.agentMessage(id, InputGuard.check(body.text()).text());
        return State.of(conversations.forStaff(id));
    }

    @POST
    @Path("/resolve")
    @Operation(summary = "Close the conversation (-> resolved); a new shopper message reopens it with the bot")
    public State resolve(@PathParam("id") String id) throws SQLException {
        Conversation resolved = conversations.resolve(id);
        live.stateChanged(resolved);
        return State.of(resolved);
    }
}
