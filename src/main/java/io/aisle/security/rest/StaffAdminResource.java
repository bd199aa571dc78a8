package io.aisle.security.rest;

import io.aisle.common.rest.ApiError;
import io.aisle.common.rest.InvalidRequestException;
import io.aisle.security.Roles;
import io.aisle.security.audit.AuditLog;
import io.aisle.security.identity.Caller;
import io.aisle.security.staff.StaffRepository;
import io.aisle.security.staff.StaffService;
import io.aisle.security.staff.StaffUser;
import io.aisle.security.token.IssuedToken;
import io.aisle.security.token.TokenIssuer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff accounts and service tokens; admins only, every change audited. */
@Path("/admin")
@Tag(name = "security", description = "Tokens for staff, anonymous shoppers and services; who am I")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class StaffAdminResource {

    public record NewStaffUser(String username, String password, Set<String> roles, String displayName,
                               Integer capacity) {
    }

    public record ServiceTokenRequest(String name, String lifetime) {
    }

    private static final Duration MAX_SERVICE_LIFETIME = Duration.ofDays(366);

    private final StaffService staff;
    private final StaffRepository users;
    private final TokenIssuer tokens;
    private final AuditLog audit;
    private final Caller caller;

    public StaffAdminResource(StaffService staff, StaffRepository users, TokenIssuer tokens, AuditLog audit,
                              Caller caller) {
        this.staff = staff;
        this.users = users;
        this.tokens = tokens;
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @Path("/staff")
    @Operation(summary = "All staff accounts (without password hashes)")
    public List<StaffUser> staff() throws SQLException {
        return users.all();
    }

    @POST
    @Path("/staff")
    @Operation(summary = "Create a staff account (the password is stored as a bcrypt hash)")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = StaffUser.class)))
    @APIResponse(responseCode = "409", description = "the username is taken",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response create(NewStaffUser body) throws SQLException {
        if (body == null) {
            throw InvalidRequestException.single("username", "is required");
        }
        StaffUser user = new StaffUser(body.username(), body.displayName(), body.roles(),
                body.capacity() == null ? 3 : body.capacity(), true);
        if (!staff.create(user, body.password())) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError("conflict", "username " + body.username() + " is taken")).build();
        }
        audit.record(caller.staffId(), "create_staff", "staff_user", user.username(), Map.of("roles", user.roles()));
        return Response.status(Response.Status.CREATED).entity(users.find(user.username()).orElseThrow()).build();
    }

    @POST
    @Path("/service-tokens")
    @Operation(summary = "A token for a machine client (the store's backend): event and catalog ingestion, /v1")
    public IssuedToken serviceToken(ServiceTokenRequest body) throws SQLException {
        if (body == null || body.name() == null || !StaffService.USERNAME.matcher(body.name()).matches()) {
            throw InvalidRequestException.single("name", "must be 2 to 64 of a-z, 0-9, '.', '_', '-', starting with a letter");
        }
        Duration lifetime = lifetime(body.lifetime());
        IssuedToken issued = tokens.service(body.name(), lifetime);
        audit.record(caller.staffId(), "issue_service_token", "service", body.name(),
                Map.of("expiresAt", issued.expiresAt().toString()));
        return issued;
    }

    private static Duration lifetime(String text) {
        if (text == null) {
            return Duration.ofDays(90);
        }
        try {
            Duration lifetime = Duration.parse(text);
            if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_SERVICE_LIFETIME) > 0) {
                throw InvalidRequestException.single("lifetime", "must be positive and at most P366D");
            }
            return lifetime;
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.single("lifetime", "must be an ISO-8601 duration such as P90D");
        }
    }
}
