package io.aisle.console.review.rest;

import io.aisle.common.rest.ApiError;
import io.aisle.common.rest.QueryParameters;
import io.aisle.console.review.repository.DashboardRepository.Bucket;
import io.aisle.console.review.service.DashboardService;
import io.aisle.console.review.service.DashboardService.Dashboard;
import io.aisle.console.review.service.ReviewConfig;
import io.aisle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The review dashboard's figures over time. */
@Path("/review/api/dashboard")
@Tag(name = "review", description = "Conversation-log review for reviewers: search, transcripts, labels, export, dashboard")
@RolesAllowed(Roles.REVIEWER)
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    private static final int DEFAULT_DAYS = 14;

    private final DashboardService dashboard;
    private final ReviewConfig config;

    public DashboardResource(DashboardService dashboard, ReviewConfig config) {
        this.dashboard = dashboard;
        this.config = config;
    }

    @GET
    @Operation(summary = "Volume, handoff and resolution rates, guardrail triggers, answer latency (p50/p95) and tokens",
            description = "Per UTC day or hour over the range (default: the last 14 days), with totals for the range. "
                    + "Conversations count in the bucket they started in; latency and tokens come from the assistant's "
                    + "chat_turn events.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Dashboard.class)))
    @APIResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Dashboard get(@QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("bucket") @Parameter(description = "day (default) or hour") String bucket)
            throws SQLException {
        QueryParameters params = new QueryParameters();
        TimeRange range = TimeRange.read(params, from, to);
        Bucket unit = bucket(params, bucket);
        OffsetDateTime end = range.to() != null ? range.to()
                : LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime start = range.from() != null ? range.from() : end.minusDays(DEFAULT_DAYS);
        if (!params.has("from") && !params.has("to") && !start.isBefore(end)) {
            params.reject(range.from() != null ? "from" : "to", "must leave a range: from must be before to");
        }
        long hours = Duration.between(start, end).toHours();
        if (unit == Bucket.DAY && hours > 24L * config.dashboardMaxDays()) {
            params.reject("to", "the range may cover at most " + config.dashboardMaxDays() + " days");
        } else if (unit == Bucket.HOUR && hours > config.dashboardMaxHours()) {
            params.reject("to", "the range may cover at most " + config.dashboardMaxHours() + " hours by hour");
        }
        params.throwIfInvalid();
        return dashboard.dashboard(start, end, unit);
    }

    private static Bucket bucket(QueryParameters params, String raw) {
        String value = params.text("bucket", raw, 10);
        if (value == null) {
            return Bucket.DAY;
        }
        try {
            return Bucket.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            params.reject("bucket", "must be day or hour, got '" + value + "'");
            return Bucket.DAY;
        }
    }
}
