package io.aisle.search.rest;

import io.aisle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.aisle.common.rest.QueryParameters;
import io.aisle.embedding.repository.EmbeddingModelRepository;
import io.aisle.embedding.service.EmbeddingJobs;
import io.aisle.embedding.service.EmbeddingReport;
import io.aisle.embedding.service.EmbeddingStatus;
import io.aisle.embedding.service.TextEmbedders;
import io.aisle.common.rest.ApiError;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/search")
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class SearchAdminResource {

    private final EmbeddingJobs jobs;
    private final TextEmbedders embedders;
    private final EmbeddingModelRepository models;

    public SearchAdminResource(EmbeddingJobs jobs, TextEmbedders embedders, EmbeddingModelRepository models) {
        this.jobs = jobs;
        this.embedders = embedders;
        this.models = models;
    }

    /** A model's vectors on record. */
    public record ModelVectors(String model, int dimension, long vectors, OffsetDateTime syncedAt, boolean active) {
    }

    /** The embedding job and every model's vectors. */
    public record ReindexStatus(EmbeddingStatus job, List<ModelVectors> models) {
    }

    @POST
    @Path("/reindex")
    @Operation(summary = "Re-embed the catalog",
            description = "Embeds products whose text changed since their vector was made (all of them with full=true "
                    + "or when the model changed). Runs in the background (202) unless wait=true (200 with the report).")
    @APIResponse(responseCode = "200", description = "Done (wait=true)",
            content = @Content(schema = @Schema(implementation = EmbeddingReport.class)))
    @APIResponse(responseCode = "202", description = "Started; GET /admin/search/reindex shows progress",
            content = @Content(schema = @Schema(implementation = ReindexStatus.class)))
    @APIResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response reindex(
            @QueryParam("model") @Parameter(description = "default: the configured model") String model,
            @QueryParam("full") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String full,
            @QueryParam("wait") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String wait) {
        QueryParameters params = new QueryParameters();
        String name = params.text("model", model, 64);
        if (name != null && !embedders.isAvailable(name)) {
            params.reject("model", "unknown embedding model; available: " + String.join(", ", embedders.available()));
        }
        boolean force = Boolean.TRUE.equals(params.bool("full", full));
        boolean synchronous = Boolean.TRUE.equals(params.bool("wait", wait));
        params.throwIfInvalid();
        String target = name == null ? embedders.activeName() : name;
        if (synchronous) {
            return Response.ok(jobs.runNow(embedders.byName(target), force)).build();
        }
        jobs.request(target, "admin request", force);
        return Response.accepted(status()).build();
    }

    @GET
    @Path("/reindex")
    @Operation(summary = "Embedding job progress and vectors per model")
    public ReindexStatus status() {
        try {
            List<ModelVectors> vectors = models.all().stream()
                    .map(m -> new ModelVectors(m.name(), m.dimension(), m.vectors(), m.syncedAt(),
                            m.name().equals(embedders.activeName())))
                    .toList();
            return new ReindexStatus(jobs.status(), vectors);
        } catch (SQLException e) {
            throw new IllegalStateException("reading embedding models failed", e);
        }
    }
}
