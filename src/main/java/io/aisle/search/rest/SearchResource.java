package io.aisle.search.rest;

import jakarta.annotation.security.PermitAll;
import io.aisle.common.rest.QueryParameters;
import io.aisle.common.rest.ApiError;
import io.aisle.embedding.service.TextEmbedders;
import io.aisle.search.config.SearchConfig;
import io.aisle.search.model.SearchFilters;
import io.aisle.search.model.SearchMode;
import io.aisle.search.model.SearchRequest;
import io.aisle.search.model.SearchResult;
import io.aisle.search.service.SearchEventLogger;
import io.aisle.search.service.SearchService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/search")
@Tag(name = "search", description = "Product search: full-text + trigram + vector neighbours, fused by reciprocal rank")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SearchResource {

    static final String SESSION_HEADER = "X-Session-Id";
    private static final Pattern SESSION_ID = Pattern.compile("[\\x21-\\x7e]{1,128}");

    private final SearchService search;
    private final SearchEventLogger events;
    private final TextEmbedders embedders;
    private final SearchConfig config;
    private final MeterRegistry registry;

    public SearchResource(SearchService search, SearchEventLogger events, TextEmbedders embedders, SearchConfig config,
                          MeterRegistry registry) {
        this.search = search;
        this.events = events;
        this.embedders = embedders;
        this.config = config;
        this.registry = registry;
    }

    @GET
    @Operation(summary = "Search products",
            description = "Words in q are matched by full-text search (title, category, attributes, description), by "
                    + "trigram similarity (typos) and by meaning (embedding neighbours); the lists are fused by "
                    + "reciprocal rank. Price phrases (\"under 50\", \"between 20 and 40\"), category names, colours "
                    + "and negations (\"not glass\", \"without glass\") in q become filters; the interpretation is "
                    + "returned. Filters apply inside every candidate query. Without words, the filtered catalog "
                    + "is listed by title. Every search is logged as a `search` event.")
    @APIResponse(responseCode = "200", description = "A page of results with facets and the query's interpretation",
            headers = @Header(name = SESSION_HEADER, description = "The session the search was logged under",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SearchResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid parameters, named in violations",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response search(
            @QueryParam("q") @Parameter(description = "What the shopper typed (at most 500 characters); may be "
                    + "left out when a filter is given") String q,
            @QueryParam("category") @Parameter(description = "A category path; its sub-categories match too") String category,
            @QueryParam("minPrice") @Parameter(schema = @Schema(type = SchemaType.NUMBER, minimum = "0")) String minPrice,
            @QueryParam("maxPrice") @Parameter(schema = @Schema(type = SchemaType.NUMBER, minimum = "0")) String maxPrice,
            @QueryParam("inStock") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String inStock,
            @QueryParam("colour") @Parameter(description = "Exact colour attribute, e.g. pink") String colour,
            @QueryParam("material") @Parameter(description = "Exact material attribute, e.g. glass") String material,
            @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String page,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                    defaultValue = "20")) String size,
            @QueryParam("mode") @Parameter(schema = @Schema(enumeration = {"hybrid", "keyword", "vector"},
                    defaultValue = "hybrid")) String mode,
            @QueryParam("model") @Parameter(description = "Embedding model for the vector retriever; default: the configured one")
            String model,
            @QueryParam("interpret") @Parameter(description = "false: take q literally, no filters from its words",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true")) String interpret,
            @HeaderParam(SESSION_HEADER) @Parameter(description = "The shopper's session; an anonymous one is made up "
                    + "when missing") String sessionHeader) {
        long started = System.nanoTime();
        QueryParameters params = new QueryParameters();
        String query = params.text("q", q, config.maxQueryLength());
        SearchFilters filters = FilterParameters.read(params, category, minPrice, maxPrice, inStock, colour, material);
        int pageNo = params.integer("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = params.integer("size", size, 20, 1, config.maxPageSize());
        SearchMode searchMode = mode == null || mode.isBlank() ? SearchMode.HYBRID : SearchMode.parse(mode).orElse(null);
        if (searchMode == null) {
            params.reject("mode", "must be one of hybrid, keyword, vector; got '" + mode + "'");
        }
        String modelName = params.text("model", model, 64);
        if (modelName != null && !embedders.isAvailable(modelName)) {
            params.reject("model", "unknown embedding model; available: " + String.join(", ", embedders.available()));
        }
        Boolean interpreted = params.bool("interpret", interpret);
        if (query == null && !params.has("q") && filters.isEmpty()) {
            params.reject("q", "is required unless a filter (category, minPrice, maxPrice, inStock, colour, material) is given");
        }
        if (!params.has("page") && !params.has("size") && ((long) pageNo + 1) * pageSize > config.maxResults()) {
            params.reject("page", "results go up to position " + config.maxResults() + "; page " + pageNo + " of size "
                    + pageSize + " lies beyond");
        }
        params.throwIfInvalid();

        SearchResult result = search.search(new SearchRequest(query, filters, searchMode, modelName,
                !Boolean.FALSE.equals(interpreted), pageNo, pageSize));
        long tookNanos = System.nanoTime() - started;
        Timer.builder("aisle.search.latency").tag("mode", result.mode()).register(registry)
                .record(tookNanos, TimeUnit.NANOSECONDS);
        long tookMs = TimeUnit.NANOSECONDS.toMillis(tookNanos);

        String searchId = "search-" + UUID.randomUUID();
        String sessionId = Optional.ofNullable(sessionHeader).map(String::strip)
                .filter(s -> SESSION_ID.matcher(s).matches()).orElseGet(() -> "anon-" + UUID.randomUUID());
        events.submit(searchId, sessionId, query, requested(category, minPrice, maxPrice, inStock, colour, material),
                result, tookMs);
        return Response.ok(SearchResponse.of(searchId, sessionId, query, result, tookMs))
                .header(SESSION_HEADER, sessionId).build();
    }

    private static Map<String, Object> requested(String category, String minPrice, String maxPrice, String inStock,
                                                 String colour, String material) {
        Map<String, Object> out = new LinkedHashMap<>();
        putIfPresent(out, "category", category);
        putIfPresent(out, "minPrice", minPrice);
        putIfPresent(out, "maxPrice", maxPrice);
        putIfPresent(out, "inStock", inStock);
        putIfPresent(out, "colour", colour);
        putIfPresent(out, "material", material);
        return out;
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }
}
