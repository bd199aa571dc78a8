package io.aisle.common.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns the exceptions a bad request can cause into 4xx answers with an {@link ApiError} body. */
public class ErrorMappers {

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e) {
        return badRequest(new ApiError("invalid_request", e.getMessage(), e.violations(), e.details()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> FieldViolation.of(leafName(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldViolation::field))
                .toList();
        return badRequest(new ApiError("invalid_request", "request parameters are invalid", violations));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? JsonPaths.of(m.getPath()) : "body";
        String message = "malformed JSON: " + e.getOriginalMessage();
        return badRequest(new ApiError("malformed_json", message, List.of(FieldViolation.of(field, message))));
    }

    /** Quarkus REST wraps a JSON body it cannot parse in a bare 400; give it the usual error body. */
    @ServerExceptionMapper
    public Response unreadableBody(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json
                && e.getResponse().getStatus() == Response.Status.BAD_REQUEST.getStatusCode()) {
            return unreadableJson(json);
        }
        return e.getResponse();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError("not_found", e.getMessage())).build();
    }

    private static Response badRequest(ApiError error) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON).entity(error).build();
    }

    /** "list.arg1.minPrice" -> "minPrice": callers know query parameters by name, not by Java method. */
    private static String leafName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
