package io.aisle.console.rest;

import io.aisle.common.rest.ApiError;
import io.aisle.console.repository.CannedReply;
import io.aisle.console.service.CannedReplyService;
import io.aisle.security.Roles;
import io.aisle.security.identity.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/console/api/canned-replies")
@Tag(name = "console")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsoleCannedReplyResource {

    public record NewCannedReply(String shortcut, String title, String body) {
    }

    private final CannedReplyService replies;
    private final Caller caller;

    public ConsoleCannedReplyResource(CannedReplyService replies, Caller caller) {
        this.replies = replies;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "Canned replies, the most used first")
    public List<CannedReply> list() throws SQLException {
        return replies.all();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a canned reply (admins)")
    @APIResponse(responseCode = "400", description = "Invalid or taken shortcut, title or body out of bounds",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CannedReply add(NewCannedReply body) throws SQLException {
        NewCannedReply reply = body == null ? new NewCannedReply(null, null, null) : body;
        return replies.add(reply.shortcut(), reply.title(), reply.body(), caller.staffId());
    }
}
