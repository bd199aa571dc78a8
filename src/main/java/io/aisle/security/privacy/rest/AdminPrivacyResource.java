package io.aisle.security.privacy.rest;

import io.aisle.common.rest.ApiError;
import io.aisle.security.Roles;
import io.aisle.security.identity.Caller;
import io.aisle.security.privacy.service.Erasure;
import io.aisle.security.privacy.service.ErasureService;
import io.aisle.security.privacy.service.ExportService;
import io.aisle.security.privacy.service.RetentionRun;
import io.aisle.security.privacy.service.RetentionService;
import io.aisle.security.privacy.service.Subject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Privacy requests handled by an admin (a customer who writes in), and the retention job on demand. */
@Path("/admin/privacy")
@Tag(name = "privacy", description = "Data export, erasure on request, retention of chat text")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AdminPrivacyResource {

    private final Caller caller;
    private final ExportService exports;
    private final ErasureService erasures;
    private final RetentionService retention;

    public AdminPrivacyResource(Caller caller, ExportService exports, ErasureService erasures, RetentionService retention) {
        this.caller = caller;
        this.exports = exports;
        this.erasures = erasures;
        this.retention = retention;
    }

    @GET
    @Path("/customers/{customerId}/export")
    @Operation(summary = "Everything the store holds about a customer, as one JSON document")
    @APIResponse(responseCode = "400", description = "malformed customer id",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "the store holds nothing about this customer",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response export(@PathParam("customerId") String customerId) throws SQLException {
        return Attachment.of(exports.export(Subject.customer(customerId), caller.staffId(), true));
    }

    @POST
    @Path("/customers/{customerId}/erasure")
    @Operation(summary = "Erase a customer's data", description = "One transaction: conversations, events, vectors, "
            + "scores and the customer record go; orders stay, de-identified. Erasing again answers 200 with zero "
            + "counts and erasedBefore=true. See docs/privacy.md.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Erasure.class)))
    @APIResponse(responseCode = "400", description = "malformed customer id",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "a customer the store never knew",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Erasure erase(@PathParam("customerId") String customerId) throws SQLException {
        return erasures.erase(Subject.customer(customerId), caller.staffId(), true);
    }

    @POST
    @Path("/retention/run")
    @Operation(summary = "Redact chat text older than aisle.privacy.chat-retention now", description = "What the "
            + "nightly job does; the answer has the cutoff and the rows redacted per kind.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RetentionRun.class)))
    @APIResponse(responseCode = "409", description = "retention is off, or a run is in progress",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response runRetention() throws SQLException {
        if (retention.retention().isEmpty()) {
            return conflict("retention_off", "aisle.privacy.chat-retention is off: chat text is kept");
        }
        Optional<RetentionRun> run = retention.run(caller.staffId());
        return run.map(r -> Response.ok(r).build())
                .orElseGet(() -> conflict("run_in_progress", "a retention run is in progress; try again later"));
    }

    private static Response conflict(String code, String message) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(code, message)).build();
    }
}
