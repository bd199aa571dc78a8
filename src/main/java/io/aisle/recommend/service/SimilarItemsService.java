package io.aisle.recommend.service;

import io.aisle.catalog.mapping.ProductView;
import io.aisle.recommend.config.RecommendConfig;
import io.aisle.recommend.repository.CoPurchaseRepository;
import io.aisle.recommend.repository.ItemVectorRepository;
import io.aisle.recommend.repository.ItemVectorRepository.ScoredItem;
import io.aisle.search.model.SearchFilters;
import io.aisle.search.model.SimilarProduct;
import io.aisle.search.model.SimilarProducts;
import io.aisle.search.repository.SearchProductRepository;
import io.aisle.search.repository.SearchProductRepository.IdentifiedProduct;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Behavioural neighbours of a product: bought together (co-purchase cosine over the purchase events), or
 * nearest in the active recommender's item space (inner product, through pgvector). Text neighbours live in
 * search's {@code SimilarProductsService}.
 */
@ApplicationScoped
public class SimilarItemsService {

    public static final String CO_PURCHASE = "co-purchase";
    public static final String BEHAVIOUR = "behaviour";

    private final SearchProductRepository products;
    private final CoPurchaseRepository coPurchases;
    private final ItemVectorRepository itemVectors;
    private final ActiveRecommender active;
    private final RecommendConfig config;

    public SimilarItemsService(SearchProductRepository products, CoPurchaseRepository coPurchases,
                               ItemVectorRepository itemVectors, ActiveRecommender active, RecommendConfig config) {
        this.products = products;
        this.coPurchases = coPurchases;
        this.itemVectors = itemVectors;
        this.active = active;
        this.config = config;
    }

    /** @return empty when there is no product with that sku */
    public Optional<SimilarProducts> similar(String sku, String by, SearchFilters filters, int limit) throws SQLException {
        Optional<IdentifiedProduct> product = products.findBySku(sku);
        if (product.isEmpty()) {
            return Optional.empty();
        }
        List<ScoredItem> found;
        String source;
        if (CO_PURCHASE.equals(by)) {
            found = coPurchases.boughtWith(sku, filters, limit);
            source = CO_PURCHASE;
        } else {
            Optional<ServingModel> model = active.get();
            float[] vector = model.map(m -> m.itemVector(product.get().id())).orElse(null);
            found = vector == null ? List.of() : itemVectors.nearest(model.get().versionId(), model.get().dimension(),
                    vector, filters, Set.of(product.get().id()), limit, config.efSearch(), 0);
            source = model.map(m -> BEHAVIOUR + ":v" + m.versionId()).orElse(BEHAVIOUR);
        }
        Map<Long, ProductView> views = products.views(found.stream().map(ScoredItem::productId).toList());
        List<SimilarProduct> items = new ArrayList<>(found.size());
        for (ScoredItem item : found) {
            ProductView view = views.get(item.productId());
            if (view != null) {
                items.add(new SimilarProduct(view, item.score()));
            }
        }
        return Optional.of(new SimilarProducts(sku, source, items));
    }
}
