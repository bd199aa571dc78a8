package io.aisle.console.review.rest;

import io.aisle.common.rest.ApiError;
import io.aisle.common.rest.QueryParameters;
import io.aisle.console.review.repository.ReviewFilter;
import io.aisle.console.review.service.ExportService;
import io.aisle.console.review.service.ReviewConfig;
import io.aisle.console.review.service.ReviewService;
import io.aisle.console.review.service.ReviewService.ResultPage;
import io.aisle.console.review.service.ReviewService.Transcript;
import io.aisle.security.identity.Caller;
import io.aisle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Conversation-log review: search with filters, the full transcript, and the JSONL export of a filtered set. */
@Path("/review/api")
@Tag(name = "review", description = "Conversation-log review for reviewers: search, transcripts, labels, export, dashboard")
@RolesAllowed(Roles.REVIEWER)
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    public static final String JSONL = "application/x-ndjson";

    private final ReviewService review;
    private final ExportService export;
    private final ReviewConfig config;
    private final Caller caller;

    public ReviewResource(ReviewService review, ExportService export, ReviewConfig config, Caller caller) {
        this.review = review;
        this.export = export;
        this.config = config;
        this.caller = caller;
    }

    @GET
    @Path("/conversations")
    @Operation(summary = "Find conversations", description = "All filters are optional and combine (values of one "
            + "filter are alternatives). Newest first, a page at a time, with the number matching in all and by state.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ResultPage.class)))
    @APIResponse(responseCode = "400", description = "a filter value is wrong; the field names it",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ResultPage search(@BeanParam ReviewParams filters,
                             @QueryParam("page") @Parameter(description = "from 1") String page,
                             @QueryParam("size") @Parameter(description = "conversations per page") String size)
            throws SQLException {
        QueryParameters params = new QueryParameters();
        ReviewFilter filter = filters.filter(params);
        int p = params.integer("page", page, 1, 1, 100_000);
        int s = params.integer("size", size, config.pageSize(), 1, config.maxPageSize());
        params.throwIfInvalid();
        return review.search(filter, p, s);
    }

    @GET
    @Path("/conversations/{id}")
    @Operation(summary = "A transcript: every message, the tool calls behind each answer with their results, and labels")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Transcript.class)))
    @APIResponse(responseCode = "404", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Transcript transcript(@PathParam("id") String id) throws SQLException {
        return review.transcript(id);
    }

    @GET
    @Path("/export")
    @Produces(JSONL)
    @Operation(summary = "Export the filtered conversations as JSON Lines", description = "The same filters as the "
            + "search; one conversation per line (summary, messages with tool calls, labels), newest first, streamed. "
            + "Audited as 'export'.")
    @APIResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response export(@BeanParam ReviewParams filters) throws SQLException {
        QueryParameters params = new QueryParameters();
        ReviewFilter filter = filters.filter(params);
        params.throwIfInvalid();
        export.audit(caller.staffId(), filter);
        StreamingOutput body = out -> {
            try {
                export.write(filter, out);
            } catch (SQLException e) {
                throw new IllegalStateException("the export failed while reading conversations", e);
            }
        };
        String name = "conversations-" + LocalDate.now(ZoneOffset.UTC) + ".jsonl";
        return Response.ok(body, JSONL).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
