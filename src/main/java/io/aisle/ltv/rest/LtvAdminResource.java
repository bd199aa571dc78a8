package io.aisle.ltv.rest;

import io.aisle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.aisle.common.rest.InvalidRequestException;
import io.aisle.ltv.service.LtvRetrainingService;
import io.aisle.ltv.service.RunReport;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/ltv")
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class LtvAdminResource {

    private final LtvRetrainingService retraining;

    public LtvAdminResource(LtvRetrainingService retraining) {
        this.retraining = retraining;
    }

    @POST
    @Path("/retrain")
    @Operation(summary = "Retrain, evaluate, promote if not worse, and rescore",
            description = "asOf (YYYY-MM-DD) looks at the store as of that day; default: the day of the latest order. "
                    + "409 while another run is in progress.")
    public Response retrain(@QueryParam("asOf") String asOf) {
        LocalDate day = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                day = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                throw InvalidRequestException.single("asOf", "must be a date like 2011-12-09");
            }
        }
        RunReport report = retraining.retrain("admin", day);
        if (report == null) {
            return Response.status(Response.Status.CONFLICT).entity(new io.aisle.common.rest.ApiError("run_in_progress",
                    "a retraining run is in progress; try again when it has finished")).build();
        }
        return Response.ok(report).build();
    }
}
