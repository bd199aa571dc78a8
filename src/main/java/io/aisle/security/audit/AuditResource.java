package io.aisle.security.audit;

import io.aisle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/audit")
@Tag(name = "security", description = "Tokens for staff, anonymous shoppers and services; who am I")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Staff actions, newest first: take-overs, replies, labels, exports, erasures, sign-ins")
    public List<AuditEntry> entries(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                    @QueryParam("targetId") String targetId, @QueryParam("since") OffsetDateTime since,
                                    @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit)
            throws SQLException {
        return audit.find(actor, action, targetId, since, limit);
    }
}
