package io.aisle.console.rest;

import io.aisle.common.rest.ApiError;
import io.aisle.console.service.CustomerPanel;
import io.aisle.console.service.CustomerPanelService;
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

@Path("/console/api/conversations/{id}/customer")
@Tag(name = "console")
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
public class ConsoleCustomerResource {

    private final CustomerPanelService panels;

    public ConsoleCustomerResource(CustomerPanelService panels) {
        this.panels = panels;
    }

    @GET
    @Operation(summary = "The customer behind the conversation: orders, value tier, churn risk, predicted value,"
            + " recommendations (an anonymous shopper gets recommendations only)")
    @APIResponse(responseCode = "404", description = "No such conversation",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CustomerPanel panel(@PathParam("id") String id) throws SQLException {
        return panels.of(id);
    }
}
