package io.aisle.search.rest;

import jakarta.annotation.security.PermitAll;
import io.aisle.common.rest.QueryParameters;
import io.aisle.common.rest.ApiError;
import io.aisle.embedding.service.TextEmbedders;
import io.aisle.recommend.service.SimilarItemsService;
import io.aisle.search.model.SearchFilters;
import io.aisle.search.model.SimilarProducts;
import io.aisle.search.service.SimilarProductsService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/products/{sku}/similar")
@Tag(name = "search")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SimilarProductsResource {

    private static final int MAX_LIMIT = 50;

    private static final List<String> KINDS = List.of("text", SimilarItemsService.BEHAVIOUR, SimilarItemsService.CO_PURCHASE);

    private final SimilarProductsService similar;
    private final SimilarItemsService behavioural;
    private final TextEmbedders embedders;

    public SimilarProductsResource(SimilarProductsService similar, SimilarItemsService behavioural,
                                   TextEmbedders embedders) {
        this.similar = similar;
        this.behavioural = behavioural;
        this.embedders = embedders;
    }

    @GET
    @Operation(summary = "Products similar to one product",
            description = "by=text (default): nearest neighbours of the product's text embedding (cosine); "
                    + "by=behaviour: nearest in the active recommender's item space (inner product); by=co-purchase: "
                    + "bought together (co-occurrence cosine over purchases). Itself excluded, most similar first; "
                    + "filters apply inside the neighbour query.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SimilarProducts.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameters",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such product",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public SimilarProducts similar(
            @PathParam("sku") String sku,
            @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50",
                    defaultValue = "10")) String limit,
            @QueryParam("inStock") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String inStock,
            @QueryParam("category") String category,
            @QueryParam("minPrice") @Parameter(schema = @Schema(type = SchemaType.NUMBER, minimum = "0")) String minPrice,
            @QueryParam("maxPrice") @Parameter(schema = @Schema(type = SchemaType.NUMBER, minimum = "0")) String maxPrice,
            @QueryParam("model") @Parameter(description = "Embedding model; default: the configured one") String model,
            @QueryParam("by") @Parameter(schema = @Schema(enumeration = {"text", "behaviour", "co-purchase"},
                    defaultValue = "text")) String by) throws SQLException {
        QueryParameters params = new QueryParameters();
        int max = params.integer("limit", limit, 10, 1, MAX_LIMIT);
        SearchFilters filters = FilterParameters.read(params, category, minPrice, maxPrice, inStock, null, null);
        String modelName = params.text("model", model, 64);
        if (modelName != null && !embedders.isAvailable(modelName)) {
            params.reject("model", "unknown embedding model; available: " + String.join(", ", embedders.available()));
        }
        String kind = params.text("by", by, 32);
        if (kind != null && !KINDS.contains(kind)) {
            params.reject("by", "must be one of " + String.join(", ", KINDS));
        }
        params.throwIfInvalid();
        Optional<SimilarProducts> found = kind == null || kind.equals("text") ? similar.similar(sku, filters, max, modelName)
                : behavioural.similar(sku, kind, filters, max);
        return found.orElseThrow(() -> new NotFoundException("no product with sku '" + sku + "'"));
    }
}
