package io.aisle.ltv.rest;

import io.aisle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.ltv.repository.CustomerScoreRepository;
import io.aisle.ltv.repository.CustomerScoreRepository.TierCount;
import io.aisle.ltv.repository.LtvModelRepository;
import io.aisle.ltv.repository.LtvRunRepository;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Read side of lifetime value: for the console and the assistant. Staff-only once security lands. */
@Path("/ltv")
@Tag(name = "ltv", description = "Customer lifetime value, tiers, churn risk, model versions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
public class LtvResource {

    public record CustomerValue(String customerId, double predictedValue, double expectedPurchasesNext13Weeks,
                                double probabilityAlive, double churnRisk, String tier, JsonNode drivers,
                                long modelVersionId, Instant scoredAt) {
    }

    public record ModelVersionView(long id, String kind, String status, Instant trainedAt, Instant cutoff,
                                   Instant holdoutEnd, int customers, JsonNode params, JsonNode metrics) {
    }

    private final CustomerScoreRepository scores;
    private final LtvModelRepository models;
    private final LtvRunRepository runs;
    private final ObjectMapper mapper;

    public LtvResource(CustomerScoreRepository scores, LtvModelRepository models, LtvRunRepository runs, ObjectMapper mapper) {
        this.scores = scores;
        this.models = models;
        this.runs = runs;
        this.mapper = mapper;
    }

    @RolesAllowed({Roles.AGENT, Roles.REVIEWER, Roles.ADMIN})
    @GET
    @Path("/customers/{customerId}")
    @Operation(summary = "A customer's predicted value, tier, churn risk and the facts behind them")
    public CustomerValue customer(@PathParam("customerId") String customerId) throws SQLException {
        var stored = scores.byCustomer(customerId)
                .orElseThrow(() -> new NotFoundException("no score for customer '" + customerId + "' (no orders yet, or not scored yet)"));
        var s = stored.score();
        return new CustomerValue(customerId, s.predictedValue(), s.expectedPurchases(), s.probabilityAlive(), s.churnRisk(),
                s.tier(), json(s.driversJson()), s.modelVersionId(), stored.scoredAt());
    }

    @GET
    @Path("/segments")
    @Operation(summary = "Value tiers with their customer counts, total predicted value and mean churn risk")
    public List<TierCount> segments() throws SQLException {
        return scores.tiers();
    }

    @GET
    @Path("/models")
    @Operation(summary = "Model versions with their holdout metrics, newest first")
    public List<ModelVersionView> models() throws SQLException {
        return models.all().stream().map(v -> new ModelVersionView(v.id(), v.kind(), v.status(), v.trainedAt(), v.cutoff(),
                v.holdoutEnd(), v.customers(), json(v.paramsJson()), json(v.metricsJson()))).toList();
    }

    @GET
    @Path("/runs")
    @Operation(summary = "The latest retraining runs, including failed ones")
    public List<LtvRunRepository.Run> runs() throws SQLException {
        return runs.recent(50);
    }

    private JsonNode json(String text) {
        try {
            return mapper.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }
}
