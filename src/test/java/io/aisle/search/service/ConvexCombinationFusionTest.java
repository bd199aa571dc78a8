package io.aisle.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.aisle.search.model.Candidate;
import io.aisle.search.model.FusedHit;
import io.aisle.search.model.Ranking;
import io.aisle.search.model.RetrieverHit;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConvexCombinationFusionTest {

    private static Candidate c(long id, double score) {
        return new Candidate(id, score);
    }

    private static List<Long> ids(List<FusedHit> hits) {
        return hits.stream().map(FusedHit::productId).toList();
    }

    @Test
    void scoreIsTheWeightedSumOfScoresScaledWithinEachList() {
        List<FusedHit> fused = ConvexCombinationFusion.fuse(List.of(
                new Ranking("keyword", List.of(c(1, 2.0), c(2, 1.0)), 1.0, 0.0),
                new Ranking("vector", List.of(c(2, 0.8), c(3, 0.6), c(1, 0.4)), 3.0)));
        // keyword from its floor 0: 1 -> 1.0, 2 -> 0.5; vector from its lowest 0.4: 2 -> 1.0, 3 -> 0.5, 1 -> 0.0
        assertEquals(List.of(2L, 3L, 1L), ids(fused));
        assertEquals(0.25 * 0.5 + 0.75 * 1.0, fused.get(0).score(), 1e-12);
        assertEquals(0.75 * 0.5, fused.get(1).score(), 1e-12);
        assertEquals(0.25 * 1.0, fused.get(2).score(), 1e-12);
        assertEquals(new RetrieverHit(3, 0.4), fused.get(2).retrievers().get("vector"));
    }

    @Test
    void unlikeRanksScoresKeepHowFarAheadTheBestMatchIs() {
        // keyword: one strong match, then weak ones; vector: three near neighbours close together, then a far one
        List<Ranking> rankings = List.of(
                new Ranking("keyword", List.of(c(1, 2.0), c(2, 0.1), c(3, 0.1)), 1.0, 0.0),
                new Ranking("vector", List.of(c(2, 0.61), c(3, 0.60), c(1, 0.59), c(4, 0.20)), 1.0));
        assertEquals(1L, ConvexCombinationFusion.fuse(rankings).get(0).productId());
        assertEquals(2L, ReciprocalRankFusion.fuse(rankings, 60).get(0).productId());
    }

    @Test
    void aListWhoseScoresAreAllEqualGivesEachItsFullShare() {
        List<FusedHit> fused = ConvexCombinationFusion.fuse(List.of(new Ranking("vector", List.of(c(4, 0.5), c(5, 0.5)), 1.0)));
        assertEquals(List.of(4L, 5L), ids(fused));
        assertEquals(1.0, fused.get(1).score(), 1e-12);
    }

    @Test
    void emptyInputsFuseToNothingAndWeightsMustMeanSomething() {
        assertEquals(List.of(), ConvexCombinationFusion.fuse(List.of()));
        assertEquals(List.of(), ConvexCombinationFusion.fuse(List.of(new Ranking("vector", List.of(), 1.0))));
        assertThrows(IllegalArgumentException.class,
                () -> ConvexCombinationFusion.fuse(List.of(new Ranking("vector", List.of(c(1, 1)), 0.0))));
        assertThrows(IllegalArgumentException.class,
                () -> ConvexCombinationFusion.fuse(List.of(new Ranking("keyword", List.of(c(1, 1)), 2.0),
                        new Ranking("vector", List.of(c(1, 1)), -1.0))));
    }
}
