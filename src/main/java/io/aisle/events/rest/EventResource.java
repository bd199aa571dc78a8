package io.aisle.events.rest;

import io.aisle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import com.fasterxml.jackson.databind.JsonNode;
import io.aisle.common.rest.ApiError;
import io.aisle.events.model.IngestResult;
import io.aisle.events.service.EventIngestService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/events")
@Tag(name = "events", description = "The interaction log that the models learn from (schema: docs/events.md)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SERVICE, Roles.ADMIN})
public class EventResource {

    static final String NDJSON = "application/x-ndjson";

    private final EventIngestService ingest;

    public EventResource(EventIngestService ingest) {
        this.ingest = ingest;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Append a batch of events",
            description = "A JSON array of up to aisle.events.max-batch-size events. All are stored or none; "
                    + "events whose eventId is already in the log are counted as duplicates and not stored again.")
    @APIResponse(responseCode = "200", description = "Counts of new and duplicate events",
            content = @Content(schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid events; nothing was stored",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public IngestResult appendBatch(JsonNode body) {
        return ingest.ingestBatch(body);
    }

    @POST
    @Consumes(NDJSON)
    @Operation(summary = "Stream events for a backfill",
            description = "One event per line. Lines are committed in chunks; the first chunk with an invalid line "
                    + "stops the stream and the error says how many lines were committed before it.")
    @APIResponse(responseCode = "200", description = "Counts of new and duplicate events",
            content = @Content(schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid line; details.committedLines tells where to resume",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public IngestResult appendStream(InputStream body) {
        return ingest.ingestNdjson(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)));
    }
}
