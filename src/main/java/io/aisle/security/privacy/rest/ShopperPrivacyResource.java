package io.aisle.security.privacy.rest;

import io.aisle.assistant.conversation.Shopper;
import io.aisle.security.Roles;
import io.aisle.security.identity.Caller;
import io.aisle.security.privacy.service.Erasure;
import io.aisle.security.privacy.service.ErasureService;
import io.aisle.security.privacy.service.ExportService;
import io.aisle.security.privacy.service.Subject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A shopper's own data: who they are comes from their token only (a customer, or an anonymous session). */
@Path("/privacy/me")
@Tag(name = "privacy", description = "Data export, erasure on request, retention of chat text")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SHOPPER)
public class ShopperPrivacyResource {

    /** The audit log's actor for shoppers' own requests: their id is exactly what must not be kept. */
    static final String SHOPPER_ACTOR = "shopper";

    private final Caller caller;
    private final ExportService exports;
    private final ErasureService erasures;

    public ShopperPrivacyResource(Caller caller, ExportService exports, ErasureService erasures) {
        this.caller = caller;
        this.exports = exports;
        this.erasures = erasures;
    }

    @GET
    @Path("/export")
    @Operation(summary = "Everything the store holds about me, as one JSON document",
            description = "Customer record, orders with lines, conversations with messages and tool calls, events, "
                    + "lifetime value, recommendation vectors. See docs/privacy.md.")
    @APIResponse(responseCode = "200", description = "the export (empty sections when nothing is held)")
    public Response export() throws SQLException {
        return Attachment.of(exports.export(subject(), SHOPPER_ACTOR, false));
    }

    @DELETE
    @Operation(summary = "Erase my data", description = "Conversations, events, vectors and scores are removed; orders "
            + "are kept without the link to me. Erasing again is harmless. The answer is the erasure receipt.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Erasure.class)))
    public Erasure erase() throws SQLException {
        return erasures.erase(subject(), SHOPPER_ACTOR, false);
    }

    private Subject subject() {
        Shopper shopper = caller.shopper();
        return shopper.customerId() != null ? Subject.customer(shopper.customerId()) : Subject.session(shopper.sessionId());
    }
}
