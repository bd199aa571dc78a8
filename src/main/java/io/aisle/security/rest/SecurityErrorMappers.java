package io.aisle.security.rest;

import io.aisle.common.rest.ApiError;
import io.aisle.security.staff.TooManySignInsException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 401, 403 and 429 with the same JSON error body as every other 4xx. */
public class SecurityErrorMappers {

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized() {
        return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(new ApiError("unauthorized", "a valid bearer token is required")).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError("forbidden", "this token's roles do not allow this call")).build();
    }

    @ServerExceptionMapper
    public Response tooManySignIns(TooManySignInsException e) {
        return Response.status(429).type(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.RETRY_AFTER, e.window().toSeconds())
                .entity(new ApiError("too_many_sign_ins", e.getMessage())).build();
    }
}
