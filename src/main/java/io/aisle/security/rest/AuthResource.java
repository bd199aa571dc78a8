package io.aisle.security.rest;

import io.aisle.common.rest.ApiError;
import io.aisle.common.rest.InvalidRequestException;
import io.aisle.security.Roles;
import io.aisle.security.identity.Caller;
import io.aisle.security.staff.StaffService;
import io.aisle.security.token.IssuedToken;
import io.aisle.security.token.TokenIssuer;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/auth")
@Tag(name = "security", description = "Tokens for staff, anonymous shoppers and services; who am I")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    public record SignInRequest(String username, String password) {
    }

    public record StaffToken(String token, String username, String displayName, Set<String> roles, Instant expiresAt) {
    }

    public record SessionToken(String token, String sessionId, Instant expiresAt) {
    }

    public record Me(String name, Set<String> roles, String customerId, String sessionId) {
    }

    private final StaffService staff;
    private final TokenIssuer tokens;
    private final SecurityIdentity identity;
    private final Caller caller;

    public AuthResource(StaffService staff, TokenIssuer tokens, SecurityIdentity identity, Caller caller) {
        this.staff = staff;
        this.tokens = tokens;
        this.identity = identity;
        this.caller = caller;
    }

    @POST
    @Path("/staff/login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Staff sign-in with the built-in user store; answers a bearer token with the user's roles")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StaffToken.class)))
    @APIResponse(responseCode = "401", description = "wrong username or password",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "429", description = "too many failed sign-ins for this username")
    public Response login(SignInRequest body) throws SQLException {
        if (body == null || body.username() == null || body.username().isBlank()) {
            throw InvalidRequestException.single("username", "is required");
        }
        if (body.password() == null || body.password().isEmpty()) {
            throw InvalidRequestException.single("password", "is required");
        }
        return staff.signIn(body.username().strip(), body.password())
                .map(s -> Response.ok(new StaffToken(s.token().token(), s.user().username(), s.user().displayName(),
                        s.user().roles(), s.token().expiresAt())).build())
                .orElseGet(() -> Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON)
                        .entity(new ApiError("unauthorized", "wrong username or password")).build());
    }

    @POST
    @Path("/session")
    @PermitAll
    @Operation(summary = "A token for an anonymous shopper: its subject is a new session id",
            description = "The chat widget asks for one when the store has not signed the shopper in.")
    public SessionToken session() {
        IssuedToken issued = tokens.anonymousSession();
        return new SessionToken(issued.token(), issued.subject(), issued.expiresAt());
    }

    @GET
    @Path("/me")
    @PermitAll
    @Operation(summary = "Who the bearer token names and what it may do (anonymous without a token)")
    public Me me() {
        if (identity.isAnonymous()) {
            return new Me(null, Set.of(), null, null);
        }
        var shopper = identity.hasRole(Roles.SHOPPER) ? caller.shopper() : null;
        return new Me(identity.getPrincipal().getName(), identity.getRoles(),
                shopper == null ? null : shopper.customerId(), shopper == null ? null : shopper.sessionId());
    }
}
