package io.aisle.console.brief.rest;

import io.aisle.common.rest.ApiError;
import io.aisle.console.brief.model.HandoffBrief;
import io.aisle.console.brief.service.HandoffBriefService;
import io.aisle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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

/** The handoff brief at the top of a handed-off conversation in the agents' console (agents only). */
@Path("/console/api/conversations/{id}/brief")
@Tag(name = "console", description = "The agents' console")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AGENT)
public class HandoffBriefResource {

    private final HandoffBriefService briefs;

    public HandoffBriefResource(HandoffBriefService briefs) {
        this.briefs = briefs;
    }

    @GET
    @Operation(summary = "Why the conversation was handed off, what the shopper wants, the products and orders"
            + " discussed, the bot's answers, the shopper's mood and value tier, and a summary (llm or template)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HandoffBrief.class)))
    @APIResponse(responseCode = "401", description = "no valid token")
    @APIResponse(responseCode = "403", description = "not an agent")
    @APIResponse(responseCode = "404", description = "no such conversation",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public HandoffBrief brief(@PathParam("id") String id) throws SQLException {
        return briefs.brief(id);
    }
}
