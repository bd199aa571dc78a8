package io.aisle.catalog.rest;

import io.aisle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import io.aisle.catalog.importer.ProductRowValidator;
import io.aisle.catalog.mapping.PageView;
import io.aisle.catalog.mapping.ProductView;
import io.aisle.catalog.model.ImportResult;
import io.aisle.catalog.model.Product;
import io.aisle.catalog.model.ProductFilter;
import io.aisle.catalog.repository.CategoryCount;
import io.aisle.catalog.repository.ProductRepository;
import io.aisle.catalog.service.ProductImportService;
import io.aisle.common.rest.ApiError;
import io.aisle.common.rest.QueryParameters;
import io.quarkus.panache.common.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/products")
@Tag(name = "catalog", description = "Products: import from the store, read with filters")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    private final ProductRepository products;
    private final ProductImportService importer;

    public ProductResource(ProductRepository products, ProductImportService importer) {
        this.products = products;
        this.importer = importer;
    }

    @PermitAll
    @GET
    @Operation(summary = "List products", description = "Paged, ordered by sku; filters combine with AND.")
    public PageView<ProductView> list(@QueryParam("category") String category,
                                      @QueryParam("minPrice") @Parameter(schema = @Schema(type = SchemaType.NUMBER, minimum = "0")) String minPrice,
                                      @QueryParam("maxPrice") @Parameter(schema = @Schema(type = SchemaType.NUMBER, minimum = "0")) String maxPrice,
                                      @QueryParam("inStock") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String inStock,
                                      @QueryParam("page") @DefaultValue("0")
                                      @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) String page,
                                      @QueryParam("size") @DefaultValue("20")
                                      @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) String size) {
        QueryParameters params = new QueryParameters();
        BigDecimal min = params.decimal("minPrice", minPrice, BigDecimal.ZERO);
        BigDecimal max = params.decimal("maxPrice", maxPrice, BigDecimal.ZERO);
        Boolean stocked = params.bool("inStock", inStock);
        int pageNo = params.integer("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = params.integer("size", size, 20, 1, 100);
        if (min != null && max != null && min.compareTo(max) > 0) {
            params.reject("minPrice", "must not be greater than maxPrice");
        }
        if ((long) pageNo * pageSize > Integer.MAX_VALUE) {
            params.reject("page", "page * size must not exceed " + Integer.MAX_VALUE);
        }
        params.throwIfInvalid();
        PanacheQuery<Product> query = products.filtered(new ProductFilter(category(category), min, max, stocked));
        var items = query.page(Page.of(pageNo, pageSize)).list().stream().map(ProductView::of).toList();
        return new PageView<>(items, pageNo, pageSize, query.count());
    }

    @PermitAll
    @GET
    @Path("/categories")
    @Operation(summary = "Categories with their product counts")
    public List<CategoryCount> categories() {
        return products.categoryCounts();
    }

    @PermitAll
    @GET
    @Path("/{sku}")
    @Operation(summary = "One product by sku")
    @APIResponse(responseCode = "404", description = "No such product",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ProductView get(@PathParam("sku") String sku) {
        return products.findBySku(sku).map(ProductView::of)
                .orElseThrow(() -> new NotFoundException("no product with sku '" + sku + "'"));
    }

    @RolesAllowed({Roles.ADMIN, Roles.SERVICE})
    @POST
    @Path("/import")
    @Consumes("text/csv")
    @Operation(summary = "Import products from CSV (upsert by sku)",
            description = "Header row with columns sku, title, price (required) and description, category, currency, "
                    + "stock, attributes (a JSON object). All rows are validated first; one bad row rejects the upload.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", description = "Rows and fields at fault; nothing was written",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ImportResult importCsv(InputStream body) {
        return importer.importCsv(reader(body));
    }

    @RolesAllowed({Roles.ADMIN, Roles.SERVICE})
    @POST
    @Path("/import")
    @Consumes("application/x-ndjson")
    @Operation(summary = "Import products from JSON Lines (upsert by sku)",
            description = "One product object per line with the same fields as the CSV columns.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", description = "Lines and fields at fault; nothing was written",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ImportResult importJsonl(InputStream body) {
        return importer.importJsonl(reader(body));
    }

    private static BufferedReader reader(InputStream body) {
        return new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    }

    /** "Home>Candles" finds what was imported as "Home > Candles". */
    private static String category(String text) {
        String path = ProductRowValidator.normaliseCategory(text);
        return path.isEmpty() ? null : path;
    }
}
