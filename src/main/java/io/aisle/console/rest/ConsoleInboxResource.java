package io.aisle.console.rest;

import io.aisle.common.rest.ApiError;
import io.aisle.common.rest.InvalidRequestException;
import io.aisle.console.repository.AgentStatus;
import io.aisle.console.service.AgentPresence;
import io.aisle.console.service.Inbox;
import io.aisle.console.service.InboxService;
import io.aisle.security.Roles;
import io.aisle.security.identity.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in agent's inbox and presence. */
@Path("/console/api")
@Tag(name = "console")
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
public class ConsoleInboxResource {

    public record Availability(Boolean available) {
    }

    private final InboxService inbox;
    private final AgentPresence presence;
    private final Caller caller;

    public ConsoleInboxResource(InboxService inbox, AgentPresence presence, Caller caller) {
        this.inbox = inbox;
        this.presence = presence;
        this.caller = caller;
    }

    @GET
    @Path("/inbox")
    @Operation(summary = "Waiting conversations in queue order (priority, value tier, longest waiting), the ones you"
            + " hold, the bot's live conversations, and the team's presence")
    public Inbox inbox() throws SQLException {
        return inbox.of(caller.staffId());
    }

    @GET
    @Path("/me")
    @Operation(summary = "Your availability, capacity and open conversations")
    @APIResponse(responseCode = "404", description = "You are not an active agent in the staff directory",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public AgentStatus me() throws SQLException {
        return presence.status(caller.staffId());
    }

    @PUT
    @Path("/me/availability")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark yourself available (waiting conversations are assigned to you up to your capacity)"
            + " or unavailable (you keep what you hold)")
    @APIResponse(responseCode = "400", description = "available missing (field: available)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public AgentStatus availability(Availability body) throws SQLException {
        if (body == null || body.available() == null) {
            throw InvalidRequestException.single("available", "is required (true or false)");
        }
        return presence.setAvailable(caller.staffId(), body.available());
    }
}
