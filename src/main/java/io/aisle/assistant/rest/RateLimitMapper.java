package io.aisle.assistant.rest;

import io.aisle.assistant.conversation.RateLimitedException;
import io.aisle.common.rest.ApiError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 429 with the limit that was hit, and when to try again. */
public class RateLimitMapper {

    private static final int RETRY_AFTER_SECONDS = 60;

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e) {
        ApiError body = new ApiError("rate_limited", e.getMessage(), List.of(),
                Map.of("limit", "messages_per_minute", "max", e.limit(), "windowSeconds", RETRY_AFTER_SECONDS));
        return Response.status(429).type(MediaType.APPLICATION_JSON).header("Retry-After", RETRY_AFTER_SECONDS)
                .entity(body).build();
    }
}
