package io.aisle.console.review.rest;

import io.aisle.common.rest.ApiError;
import io.aisle.common.rest.QueryParameters;
import io.aisle.console.review.repository.Label;
import io.aisle.console.review.service.LabelService;
import io.aisle.console.review.service.LabelService.LabelRequest;
import io.aisle.console.review.service.ReviewConfig;
import io.aisle.security.identity.Caller;
import io.aisle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reviewers' labels on conversations and messages; each reviewer sees and removes only their own. */
@Path("/review/api")
@Tag(name = "review", description = "Conversation-log review for reviewers: search, transcripts, labels, export, dashboard")
@RolesAllowed(Roles.REVIEWER)
@Produces(MediaType.APPLICATION_JSON)
public class LabelResource {

    private final LabelService labels;
    private final ReviewConfig config;
    private final Caller caller;

    public LabelResource(LabelService labels, ReviewConfig config, Caller caller) {
        this.labels = labels;
        this.config = config;
        this.caller = caller;
    }

    @POST
    @Path("/conversations/{id}/labels")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Label a conversation, or one of its messages (messageId)", description = "label is one of "
            + "good_answer, wrong_fact, should_have_handed_off, other; note is optional free text. Audited as 'label'.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Label.class)))
    @APIResponse(responseCode = "400", description = "unknown label, note too long, message not in the conversation",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response add(@PathParam("id") String id, LabelRequest body) throws SQLException {
        Label label = labels.add(id, body, caller.staffId());
        return Response.status(Response.Status.CREATED).entity(label).build();
    }

    @GET
    @Path("/labels")
    @Operation(summary = "The signed-in reviewer's own labels, newest first")
    public List<Label> mine(@QueryParam("page") String page, @QueryParam("size") String size) throws SQLException {
        QueryParameters params = new QueryParameters();
        int p = params.integer("page", page, 1, 1, 100_000);
        int s = params.integer("size", size, config.pageSize(), 1, config.maxPageSize());
        params.throwIfInvalid();
        return labels.mine(caller.staffId(), p, s);
    }

    @DELETE
    @Path("/labels/{labelId}")
    @Operation(summary = "Remove one of your own labels")
    @APIResponse(responseCode = "204")
    @APIResponse(responseCode = "403", description = "another reviewer's label")
    @APIResponse(responseCode = "404", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response delete(@PathParam("labelId") long labelId) throws SQLException {
        labels.delete(labelId, caller.staffId());
        return Response.noContent().build();
    }
}
