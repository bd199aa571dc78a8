package io.aisle.search;

import static io.aisle.search.SearchFixtures.importShop;
import static io.aisle.search.SearchFixtures.root;
import static io.aisle.search.SearchFixtures.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.catalog.mapping.ProductView;
import io.aisle.search.model.Candidate;
import io.aisle.search.model.SearchFilters;
import io.aisle.search.query.PriceRange;
import io.aisle.search.repository.KeywordQuery;
import io.aisle.search.repository.KeywordSearchRepository;
import io.aisle.search.repository.SearchProductRepository;
import io.aisle.search.service.KeywordRetriever;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    SearchProductRepository products;

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
    void commonWordsDoNotFindTogetherWhenTheQueryHasARarerWord() throws SQLException {
        // the pink glass lantern has neither "teapot" nor all three words
        assertEquals(List.of("teapot"), skus(search("pink glass teapot", Set.of("pink", "glass"))));
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

    /** The shop's skus without its token prefix, in the candidates' order. */
    private List<String> skus(List<Candidate> candidates) throws SQLException {
        Map<Long, ProductView> views = products.views(candidates.stream().map(Candidate::productId).toList());
        return candidates.stream().map(c -> views.get(c.productId()).sku().substring(t.length() + 1)).toList();
    }

    private static List<String> sorted(List<String> skus) {
        return skus.stream().sorted().toList();
    }
}
