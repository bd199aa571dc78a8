package io.aisle.recommend.rest;

import io.aisle.common.rest.ApiError;
import io.aisle.common.rest.QueryParameters;
import io.aisle.recommend.service.RecommendationService;
import io.aisle.recommend.view.Recommendations;
import io.aisle.search.model.SearchFilters;
import io.aisle.search.rest.FilterParameters;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/recommendations")
@Tag(name = "recommend")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    private static final int MAX_LIMIT = 50;

    private final RecommendationService recommendations;

    public RecommendationResource(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @GET
    @Path("/{customerId}")
    @Operation(summary = "Recommendations for a customer",
            description = "Nearest items to the customer's vector (SASRec over their purchases and carts) by inner product,"
                    + " without items already in their history, within the filters, each with a reason. An unknown"
                    + " customer or one without history gets the session's recommendations (sessionId) or trending items.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Recommendations.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameters",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Recommendations forCustomer(@PathParam("customerId") String customerId, @QueryParam("sessionId") String sessionId,
                                       @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
                                               minimum = "1", maximum = "50", defaultValue = "10")) String limit,
                                       @QueryParam("inStock") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String inStock,
                                       @QueryParam("category") String category,
                                       @QueryParam("minPrice") String minPrice, @QueryParam("maxPrice") String maxPrice,
                                       @QueryParam("placement") String placement) throws SQLException {
        return answer(customerId, sessionId, limit, inStock, category, minPrice, maxPrice, placement);
    }

    @GET
    @Operation(summary = "Recommendations for an anonymous shopper",
            description = "From the session's items when it has any (sessionId), else trending items.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Recommendations.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameters",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Recommendations anonymous(@QueryParam("sessionId") String sessionId,
                                     @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER,
                                             minimum = "1", maximum = "50", defaultValue = "10")) String limit,
                                     @QueryParam("inStock") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String inStock,
                                     @QueryParam("category") String category,
                                     @QueryParam("minPrice") String minPrice, @QueryParam("maxPrice") String maxPrice,
                                     @QueryParam("placement") String placement) throws SQLException {
        return answer(null, sessionId, limit, inStock, category, minPrice, maxPrice, placement);
    }

    private Recommendations answer(String customerId, String sessionId, String limit, String inStock, String category,
                                   String minPrice, String maxPrice, String placement) throws SQLException {
        QueryParameters params = new QueryParameters();
        String customer = customerId == null ? null : params.text("customerId", customerId, 128);
        String session = params.text("sessionId", sessionId, 128);
        int max = params.integer("limit", limit, 10, 1, MAX_LIMIT);
        SearchFilters filters = FilterParameters.read(params, category, minPrice, maxPrice, inStock, null, null);
        String where = params.text("placement", placement, 64);
        params.throwIfInvalid();
        return recommendations.recommend(customer, session, filters, max, where == null ? "for-you" : where);
    }
}
