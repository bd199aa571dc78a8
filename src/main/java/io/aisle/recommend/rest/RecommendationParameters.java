package io.aisle.recommend.rest;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters both recommendation endpoints take, read as text so that bad values are reported by name. */
public class RecommendationParameters {

    @QueryParam("sessionId")
    @Parameter(description = "The shopper's session: its items serve a customer without history, or an anonymous shopper")
    String sessionId;

    @QueryParam("limit")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "10"))
    String limit;

    @QueryParam("inStock")
    @Parameter(schema = @Schema(type = SchemaType.BOOLEAN))
    String inStock;

    @QueryParam("category")
    @Parameter(description = "A category path; its sub-categories match too")
    String category;

    @QueryParam("minPrice")
    @Parameter(schema = @Schema(type = SchemaType.NUMBER, minimum = "0"))
    String minPrice;

    @QueryParam("maxPrice")
    @Parameter(schema = @Schema(type = SchemaType.NUMBER, minimum = "0"))
    String maxPrice;

    @QueryParam("placement")
    @Parameter(description = "Where the items are shown, logged with the impression", schema = @Schema(defaultValue = "for-you"))
    String placement;
}
