package io.aisle.assistant.rest;

import io.aisle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.aisle.assistant.conversation.Conversation;
import io.aisle.assistant.conversation.ConversationService;
import io.aisle.assistant.conversation.StoredMessage;
import io.aisle.assistant.conversation.TurnResult;
import io.aisle.common.rest.ApiError;
import io.aisle.common.rest.InvalidRequestException;
import io.aisle.security.identity.Caller;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/assistant/conversations")
@Tag(name = "assistant", description = "The shopping assistant: conversations and turns (grounded mode)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SHOPPER)
public class AssistantResource {

    public record Started(String conversationId, String sessionId, String state) {
    }

    public record MessageRequest(@Schema(description = "What the shopper wrote", maxLength = 1000) String text) {
    }

    public record Transcript(String conversationId, String state, String handoffReason, List<StoredMessage> messages) {
    }

    private final ConversationService conversations;
    private final Caller caller;

    public AssistantResource(ConversationService conversations, Caller caller) {
        this.conversations = conversations;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Start a conversation", description = "For the shopper the bearer token names: a customer "
            + "signed in by the store, or an anonymous session (POST /auth/session).")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Started.class)))
    public Response start() throws SQLException {
        Conversation c = conversations.start(caller.shopper());
        return Response.status(Response.Status.CREATED).entity(new Started(c.id(), c.sessionId(), c.state().wireName()))
                .build();
    }

    @POST
    @Path("/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "One turn", description = "The shopper's message is checked (size, personal data masked, "
            + "prompt-injection flagged), read (intent, slots) and answered from tool results. The answer lists the "
            + "products shown, the tool calls made and the conversation's state; while a human agent holds the "
            + "conversation the bot stays silent (answer null). Every turn is logged as chat_turn events.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TurnResult.class)))
    @APIResponse(responseCode = "400", description = "text missing, blank or too long",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "no such conversation for this shopper",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public TurnResult message(@PathParam("id") @Parameter(description = "conversation id") String id,
                              MessageRequest body) throws SQLException {
        if (body == null) {
            throw InvalidRequestException.single("text", "is required");
        }
        return conversations.turn(id, caller.shopper(), body.text());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The transcript: every message (masked) with the tool calls behind each answer")
    @APIResponse(responseCode = "404", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Transcript transcript(@PathParam("id") String id) throws SQLException {
        var shopper = caller.shopper();
        Conversation c = conversations.get(id, shopper);
        return new Transcript(c.id(), c.state().wireName(), c.handoffReason(), conversations.transcript(id, shopper));
    }
}
