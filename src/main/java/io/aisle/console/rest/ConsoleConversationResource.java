package io.aisle.console.rest;

import io.aisle.common.rest.ApiError;
import io.aisle.console.service.ConversationDetail;
import io.aisle.console.service.ConversationHandling;
import io.aisle.console.service.ConversationReader;
import io.aisle.security.Roles;
import io.aisle.security.identity.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** An agent reads a conversation and handles it; the agent is the signed-in staff user. */
@Path("/console/api/conversations/{id}")
@Tag(name = "console", description = "The agents' console: inbox, conversations, notes, canned replies, customer panel")
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such conversation",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class ConsoleConversationResource {

    /** @param cannedReply the shortcut of the canned reply the text started from, if any (counted) */
    public record Reply(String text, String cannedReply) {
    }

    private final ConversationReader reader;
    private final ConversationHandling handling;
    private final Caller caller;

    public ConsoleConversationResource(ConversationReader reader, ConversationHandling handling, Caller caller) {
        this.reader = reader;
        this.handling = handling;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The conversation: summary, transcript with tool calls, private notes")
    public ConversationDetail detail(@PathParam("id") String id) throws SQLException {
        return reader.detail(id);
    }

    @POST
    @Path("/take-over")
    @Operation(summary = "Take the conversation (waiting_for_agent or bot -> with_agent); the bot falls silent")
    @APIResponse(responseCode = "400", description = "Not in a state that can be taken over (field: state)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public HandlingState takeOver(@PathParam("id") String id) throws SQLException {
        return HandlingState.of(handling.takeOver(id, caller.staffId()));
    }

    @POST
    @Path("/hand-back")
    @Operation(summary = "Give the conversation you hold back to the bot (with_agent -> bot)")
    @APIResponse(responseCode = "400", description = "You do not hold it (field: state)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public HandlingState handBack(@PathParam("id") String id) throws SQLException {
        return HandlingState.of(handling.handBack(id, caller.staffId()));
    }

    @POST
    @Path("/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write to the shopper of a conversation you hold; it reaches their widget at once")
    @APIResponse(responseCode = "400", description = "Blank or too long (field: text), unknown canned reply"
            + " (field: cannedReply), or you do not hold the conversation (field: state)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public HandlingState reply(@PathParam("id") String id, Reply body) throws SQLException {
        Reply reply = body == null ? new Reply(null, null) : body;
        return HandlingState.of(handling.reply(id, caller.staffId(), reply.text(), reply.cannedReply()));
    }

    @POST
    @Path("/resolve")
    @Operation(summary = "Close the conversation; a new shopper message reopens it with the bot")
    @APIResponse(responseCode = "400", description = "Already resolved, or held by another agent (field: state)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public HandlingState resolve(@PathParam("id") String id) throws SQLException {
        return HandlingState.of(handling.resolve(id, caller.staffId()));
    }
}
