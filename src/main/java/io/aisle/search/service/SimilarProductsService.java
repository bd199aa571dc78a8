package io.aisle.search.service;

import io.aisle.catalog.mapping.ProductView;
import io.aisle.embedding.TextEmbedder;
import io.aisle.embedding.repository.ProductEmbeddingRepository;
import io.aisle.embedding.service.CatalogEmbeddingService;
import io.aisle.embedding.service.TextEmbedders;
import io.aisle.search.model.Candidate;
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

/**
 * Vector neighbours of a product (for "more like this", the assistant and recommendations). A product that
 * has no stored vector yet (imported moments ago) is embedded on the fly from the same text as the catalog job.
 */
@ApplicationScoped
public class SimilarProductsService {

    private final SearchProductRepository products;
    private final ProductEmbeddingRepository vectors;
    private final CatalogEmbeddingService catalogEmbedding;
    private final VectorRetriever retriever;
    private final TextEmbedders embedders;

    public SimilarProductsService(SearchProductRepository products, ProductEmbeddingRepository vectors,
                                  CatalogEmbeddingService catalogEmbedding, VectorRetriever retriever,
                                  TextEmbedders embedders) {
        this.products = products;
        this.vectors = vectors;
        this.catalogEmbedding = catalogEmbedding;
        this.retriever = retriever;
        this.embedders = embedders;
    }

    /** @return empty when there is no product with that sku */
    public Optional<SimilarProducts> similar(String sku, SearchFilters filters, int limit, String model) {
        TextEmbedder embedder = model == null ? embedders.active() : embedders.byName(model);
        try {
            Optional<IdentifiedProduct> product = products.findBySku(sku);
            if (product.isEmpty()) {
                return Optional.empty();
            }
            long id = product.get().id();
            float[] vector = vectors.vectorOf(embedder.modelName(), id).orElseGet(() -> embed(embedder, product.get().view()));
            List<Candidate> found = retriever.neighbours(embedder, vector, filters, id, limit);
            Map<Long, ProductView> views = products.views(found.stream().map(Candidate::productId).toList());
            List<SimilarProduct> items = new ArrayList<>(found.size());
            for (Candidate candidate : found) {
                ProductView view = views.get(candidate.productId());
                if (view != null) {
                    items.add(new SimilarProduct(view, candidate.score()));
                }
            }
            return Optional.of(new SimilarProducts(sku, embedder.modelName(), items));
        } catch (SQLException e) {
            throw new IllegalStateException("similar products of " + sku + " failed", e);
        }
    }

    private float[] embed(TextEmbedder embedder, ProductView product) {
        String text = catalogEmbedding.productText(product.title(), product.category(), product.attributes(),
                product.description());
        return embedder.embedAll(List.of(text)).get(0);
    }
}
