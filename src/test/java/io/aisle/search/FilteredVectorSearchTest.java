package io.aisle.search;

import static io.aisle.search.SearchFixtures.importShop;
import static io.aisle.search.SearchFixtures.root;
import static io.aisle.search.SearchFixtures.token;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pgvector.PGvector;
import io.aisle.embedding.TextEmbedder;
import io.aisle.embedding.Vectors;
import io.aisle.embedding.service.CatalogEmbeddingService;
import io.aisle.embedding.service.TextEmbedders;
import io.aisle.search.model.Candidate;
import io.aisle.search.model.SearchFilters;
import io.aisle.search.query.PriceRange;
import io.aisle.search.repository.VectorSearchRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filtered nearest neighbours: the exact scan of few filtered products and the HNSW walk find the same ones. */
@QuarkusTest
class FilteredVectorSearchTest {

    @Inject
    CatalogEmbeddingService embedding;

    @Inject
    TextEmbedders embedders;

    @Inject
    VectorSearchRepository repository;

    @Inject
    DataSource dataSource;

    private String t;
    private TextEmbedder embedder;

    @BeforeEach
    void shop() {
        t = token();
        importShop(t);
        embedder = embedders.active();
        embedding.sync(embedder, false, t + "-");
    }

    @Test
    void fewFilteredProductsAreRankedExactlyByCosineSimilarity() throws SQLException {
        SearchFilters underTen = filters(new PriceRange(null, true, new BigDecimal("10"), true));
        float[] query = embedder.embedQuery("glass candle light");
        List<Long> exact = ids(repository.nearest(embedder.modelName(), embedder.dimension(), query, underTen, null,
                10, 40, 1000));
        assertEquals(bruteForce(query, underTen.category(), new BigDecimal("10")), exact);
        assertEquals(5, exact.size()); // pink lantern, two holders, mug, towel
    }

    @Test
    void theHnswWalkAndTheExactScanAgreeOnASmallFilteredSet() throws SQLException {
        SearchFilters shopOnly = filters(PriceRange.ANY);
        float[] query = embedder.embedQuery("a present for a tea lover");
        List<Candidate> exact = repository.nearest(embedder.modelName(), embedder.dimension(), query, shopOnly, null,
                5, 40, 1000);
        List<Candidate> walked = repository.nearest(embedder.modelName(), embedder.dimension(), query, shopOnly, null,
                5, 40, 0);
        assertEquals(ids(exact), ids(walked));
        for (int i = 0; i < exact.size(); i++) {
            assertEquals(exact.get(i).score(), walked.get(i).score(), 1e-6);
        }
    }

    private SearchFilters filters(PriceRange price) {
        return new SearchFilters(root(t), List.of(), price, null, Map.of(), List.of(), List.of());
    }

    private static List<Long> ids(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::productId).toList();
    }

    /** Every shop product under the price, by cosine similarity to the query computed here. */
    private List<Long> bruteForce(float[] query, String category, BigDecimal maxPrice) throws SQLException {
        record Scored(long id, double similarity) {
        }
        List<Scored> all = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT p.id, e.embedding::text FROM products p JOIN product_embeddings e ON e.product_id = p.id"
                        + " WHERE e.model = ? AND p.category_path LIKE ? AND p.price <= ?")) {
            st.setString(1, embedder.modelName());
            st.setString(2, category + " > %");
            st.setBigDecimal(3, maxPrice);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    all.add(new Scored(rs.getLong(1), Vectors.cosine(query, new PGvector(rs.getString(2)).toArray())));
                }
            }
        }
        return all.stream().sorted(Comparator.comparingDouble(Scored::similarity).reversed()).map(Scored::id).toList();
    }
}
