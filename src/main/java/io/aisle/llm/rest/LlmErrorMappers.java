package io.aisle.llm.rest;

import io.aisle.common.rest.ApiError;
import io.aisle.llm.local.GenerationRefusedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The local model being absent, busy or failing is the server's state, not the caller's mistake: 503. */
public class LlmErrorMappers {

    @ServerExceptionMapper
    public Response unavailable(ModelUnavailableException e) {
        return serviceUnavailable("model_unavailable", e.getMessage());
    }

    @ServerExceptionMapper
    public Response refused(GenerationRefusedException e) {
        return serviceUnavailable("model_busy", e.getMessage());
    }

    private static Response serviceUnavailable(String error, String message) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON)
                .header("Retry-After", "5").entity(new ApiError(error, message)).build();
    }
}
