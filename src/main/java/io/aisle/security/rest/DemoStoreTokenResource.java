package io.aisle.security.rest;

import io.aisle.common.rest.InvalidRequestException;
import io.aisle.security.token.DemoStoreIssuer;
import io.aisle.security.token.IssuedToken;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The demo store's sign-in: any customer id gets a store-signed shopper token. 404 unless the demo issuer is on. */
@Path("/auth/demo-store/shopper-token")
@Tag(name = "security", description = "Tokens for staff, anonymous shoppers and services; who am I")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DemoStoreTokenResource {

    public record Request(String customerId) {
    }

    private static final Pattern CUSTOMER_ID = Pattern.compile("[\\x21-\\x7e]{1,128}");

    private final DemoStoreIssuer issuer;

    public DemoStoreTokenResource(DemoStoreIssuer issuer) {
        this.issuer = issuer;
    }

    @POST
    @PermitAll
    @Operation(summary = "Demo only: sign a shopper in as the demo store (the store's own backend does this in production)")
    public IssuedToken shopperToken(Request body) {
        if (!issuer.enabled()) {
            throw new NotFoundException("the demo store's token issuer is not enabled");
        }
        if (body == null || body.customerId() == null || !CUSTOMER_ID.matcher(body.customerId().strip()).matches()) {
            throw InvalidRequestException.single("customerId", "must be 1 to 128 printable ASCII characters without spaces");
        }
        return issuer.shopper(body.customerId().strip());
    }
}
