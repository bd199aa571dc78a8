package io.aisle.recommend.rest;

import io.aisle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.aisle.common.rest.ApiError;
import io.aisle.common.rest.InvalidRequestException;
import io.aisle.common.rest.QueryParameters;
import io.aisle.recommend.config.RecommendConfig;
import io.aisle.recommend.repository.RecModelRepository;
import io.aisle.recommend.repository.RecModelRepository.Version;
import io.aisle.recommend.repository.RecRunRepository;
import io.aisle.recommend.repository.RecRunRepository.Run;
import io.aisle.recommend.service.RecRunReport;
import io.aisle.recommend.service.RecommendTrainingService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/recommend")
@Tag(name = "admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RecommendAdminResource {

    private final RecommendTrainingService training;
    private final RecModelRepository models;
    private final RecRunRepository runs;
    private final RecommendConfig config;

    public RecommendAdminResource(RecommendTrainingService training, RecModelRepository models, RecRunRepository runs,
                                  RecommendConfig config) {
        this.training = training;
        this.models = models;
        this.runs = runs;
        this.config = config;
    }

    @POST
    @Path("/retrain")
    @Operation(summary = "Retrain the recommender from the event log; promote it if not worse",
            description = "Waits for the run (a minute or two on the demo store). 409 while another run is in progress.")
    public Response retrain() {
        RecRunReport report = training.retrain("admin", config.model().toSasRec());
        if (report == null) {
            return Response.status(Response.Status.CONFLICT).entity(new ApiError("run_in_progress",
                    "a retraining run is in progress; try again when it has finished")).build();
        }
        return Response.ok(report).build();
    }

    @GET
    @Path("/models")
    @Operation(summary = "Trained versions with their metrics, newest first")
    public List<Version> versions() throws SQLException {
        return models.all();
    }

    @POST
    @Path("/models/{id}/activate")
    @Operation(summary = "Roll back to a retired version (one that still has its vectors)")
    public Version activate(@PathParam("id") String versionId) throws SQLException {
        QueryParameters params = new QueryParameters();
        int id = params.integer("id", versionId, 0, 1, Integer.MAX_VALUE);
        params.throwIfInvalid();
        Version version = models.find(id).orElseThrow(() -> new NotFoundException("no recommender version " + id));
        if (!"active".equals(version.status()) && !models.reactivate(id)) {
            throw InvalidRequestException.single("id",
                    "only a retired version that was once active can be activated; this one is " + version.status());
        }
        return models.find(id).orElseThrow();
    }

    @GET
    @Path("/runs")
    @Operation(summary = "The latest 50 retraining runs, newest first")
    public List<Run> runs() throws SQLException {
        return runs.latest(50);
    }
}
