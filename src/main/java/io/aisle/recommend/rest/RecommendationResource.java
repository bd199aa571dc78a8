package io.aisle.recommend.rest;

import io.aisle.common.rest.ApiError;
import io.aisle.common.rest.QueryParameters;
import io.aisle.recommend.service.RecommendationService;
import io.aisle.security.Roles;
import io.aisle.security.identity.Caller;
import io.aisle.recommend.view.Recommendations;
import io.aisle.search.model.SearchFilters;
import io.aisle.search.rest.FilterParameters;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/recommendations")
@Tag(name = "recommend")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    private static final int MAX_LIMIT = 50;

    private final RecommendationService recommendations;
    private final Caller caller;

    public RecommendationResource(RecommendationService recommendations, Caller caller) {
        this.recommendations = recommendations;
        this.caller = caller;
    }

    @GET
    @Path("/{customerId}")
    @RolesAllowed({Roles.SHOPPER, Roles.AGENT, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "Recommendations for a customer",
            description = "Nearest items to the customer's vector (SASRec over their purchases and carts) by inner product,"
                    + " without items already in their history, within the filters, each with a reason. An unknown"
                    + " customer or one without history gets the session's recommendations (sessionId) or trending items."
                    + " A shopper may ask only for themselves; staff for anyone.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Recommendations.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameters",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Recommendations forCustomer(@PathParam("customerId") String customerId,
                                       @BeanParam RecommendationParameters parameters) throws SQLException {
        caller.requireCustomerOrStaff(customerId);
        return answer(customerId, parameters);
    }

    @GET
    @PermitAll
    @Operation(summary = "Recommendations for an anonymous shopper",
            description = "From the session's items when it has any (sessionId), else trending items.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Recommendations.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameters",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Recommendations anonymous(@BeanParam RecommendationParameters parameters) throws SQLException {
        return answer(null, parameters);
    }

    private Recommendations answer(String customerId, RecommendationParameters p) throws SQLException {
        QueryParameters params = new QueryParameters();
        String customer = customerId == null ? null : params.text("customerId", customerId, 128);
        String session = params.text("sessionId", p.sessionId, 128);
        int max = params.integer("limit", p.limit, 10, 1, MAX_LIMIT);
        SearchFilters filters = FilterParameters.read(params, p.category, p.minPrice, p.maxPrice, p.inStock, null, null);
        String where = params.text("placement", p.placement, 64);
        params.throwIfInvalid();
        return recommendations.recommend(customer, session, filters, max, where == null ? "for-you" : where);
    }
}
