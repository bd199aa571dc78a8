package io.aisle.catalog.demo;

import io.aisle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/demo-store")
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DemoStoreResource {

    private final DemoStoreLoader loader;

    public DemoStoreResource(DemoStoreLoader loader) {
        this.loader = loader;
    }

    @POST
    @Path("/load")
    @Operation(summary = "Load the demo store (UCI Online Retail)",
            description = "Idempotent. Skipped when the same file was loaded before, unless force=true.")
    public DemoLoadReport load(@QueryParam("force") @DefaultValue("false") boolean force) throws IOException, SQLException {
        return loader.load(force);
    }
}
