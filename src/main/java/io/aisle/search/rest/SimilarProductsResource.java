package io.aisle.search.rest;

import io.aisle.common.rest.QueryParameters;
import io.aisle.common.rest.ApiError;
import io.aisle.embedding.service.TextEmbedders;
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
public class SimilarProductsResource {

    private static final int MAX_LIMIT = 50;

    private final SimilarProductsService similar;
    private final TextEmbedders embedders;

    public SimilarProductsResource(SimilarProductsService similar, TextEmbedders embedders) {
        this.similar = similar;
        this.embedders = embedders;
    }

    @GET
    @Operation(summary = "Products similar to one product",
            description = "Nearest neighbours of the product's embedding (cosine), itself excluded, most similar first; "
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
            @QueryParam("model") @Parameter(description = "Embedding model; default: the configured one") String model) {
        QueryParameters params = new QueryParameters();
        int max = params.integer("limit", limit, 10, 1, MAX_LIMIT);
        SearchFilters filters = FilterParameters.read(params, category, minPrice, maxPrice, inStock, null, null);
        String modelName = params.text("model", model, 64);
        if (modelName != null && !embedders.isAvailable(modelName)) {
            params.reject("model", "unknown embedding model; available: " + String.join(", ", embedders.available()));
        }
        params.throwIfInvalid();
        return similar.similar(sku, filters, max, modelName)
                .orElseThrow(() -> new NotFoundException("no product with sku '" + sku + "'"));
    }
}
