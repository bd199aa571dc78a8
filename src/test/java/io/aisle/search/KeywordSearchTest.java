package io.aisle.search;

import static io.aisle.search.SearchFixtures.importShop;
import static io.aisle.search.SearchFixtures.root;
import static io.aisle.search.SearchFixtures.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.search.model.Candidate;
import io.aisle.search.model.SearchFilters;
import io.aisle.search.query.PriceRange;
import io.aisle.search.repository.KeywordQuery;
import io.aisle.search.repository.KeywordSearchRepository;
import io.aisle.search.service.KeywordRetriever;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The keyword retriever against the real database, on the eight-product shop of {@link SearchFixtures}. */
@QuarkusTest
class KeywordSearchTest {

    private static final double TRIGRAM_WEIGHT = 0.5;
    private static final double TRIGRAM_THRESHOLD = 0.4;

    @Inject
    KeywordSearchRepository repository;

    @Inject
    KeywordRetriever retriever;

    @Inject
    DataSource dataSource;

    private String t;
    private SearchFilters shop;

    @BeforeEach
    void shop() {
        t = token();
        importShop(t);
        shop = new SearchFilters(root(t), List.of(), PriceRange.ANY, null, Map.of(), List.of(), List.of());
    }

    @Test
    void aCommonWordFindsNothingOnItsOwnWhenTheQueryHasARarerOne() throws SQLException {
        assertEquals(Set.of("teapot", "lantern-pink", "lantern-white"), Set.copyOf(skus(search("teapot lantern", Set.of()))));
        assertEquals(List.of("teapot"), skus(search("teapot lantern", Set.of("lantern"))));
    }

    @Test
    void aCommonWordStillRanksWhatTheRarerWordsFound() throws SQLException {
        // "pink" finds the lantern and the mug; the common "lantern" puts the pink lantern first
        assertEquals(List.of("lantern-pink", "mug"), skus(search("pink lantern", Set.of("lantern"))));
    }

    @Test
    void commonWordsFindTogether() throws SQLException {
        assertEquals(List.of("lantern-pink"), skus(search("pink glass", Set.of("pink", "glass"))));
    }

    @Test
    void aQueryOfOneCommonWordStillFindsEveryMatch() throws SQLException {
        assertEquals(Set.of("lantern-pink", "lantern-white"), Set.copyOf(skus(search("lantern", Set.of("lantern")))));
    }

    @Test
    void everyProductWithAllTheWordsRanksAboveEveryProductWithSome() throws SQLException {
        List<String> found = skus(search("glass candle holder", Set.of()));
        assertEquals(Set.of("holder-glass"), Set.copyOf(found.subList(0, 1)));
        assertTrue(found.containsAll(List.of("holder-wood", "lantern-pink", "lantern-white")), found.toString());
    }

    @Test
    void aMisspelledWordIsMatchedByTrigramsButAnEnglishWordTheCatalogLacksIsNot() throws SQLException {
        assertEquals(List.of("lantern-pink", "lantern-white"), sorted(skus(retriever.retrieve("lanturn", shop, 10))));
        // "hearth" is trigram-close to the heart necklace, but it is an English word, not a typo of "heart"
        assertEquals(List.of(), skus(retriever.retrieve("hearth", shop, 10)));
    }

    private List<Candidate> search(String text, Set<String> commonLexemes) throws SQLException {
        return repository.search(new KeywordQuery(text, List.of(), List.of(), commonLexemes), shop, 10, TRIGRAM_WEIGHT,
                TRIGRAM_THRESHOLD);
    }

    private List<String> skus(List<Candidate> candidates) throws SQLException {
        List<String> skus = new ArrayList<>();
        for (Candidate c : candidates) {
            skus.add(skuOf(c.productId()).substring(t.length() + 1));
        }
        return skus;
    }

    private String skuOf(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT sku FROM products WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "no product " + id);
                return rs.getString(1);
            }
        }
    }

    private static List<String> sorted(List<String> skus) {
        return skus.stream().sorted().toList();
    }
}
