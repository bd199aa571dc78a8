package io.aisle.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.aisle.search.model.Candidate;
import io.aisle.search.model.FusedHit;
import io.aisle.search.model.RetrieverHit;
import io.aisle.search.model.Ranking;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {

    private static List<Candidate> ranked(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(id -> new Candidate(id, 100 - id)).toList();
    }

    @Test
    void scoreIsTheSumOfWeightOverKPlusRank() {
        List<FusedHit> fused = ReciprocalRankFusion.fuse(List.of(
                new Ranking("keyword", ranked(1, 2, 3), 1.0),
                new Ranking("vector", ranked(3, 1, 4), 1.0)), 60);
        assertEquals(List.of(1L, 3L, 2L, 4L), fused.stream().map(FusedHit::productId).toList());
        assertEquals(1.0 / 61 + 1.0 / 62, fused.get(0).score(), 1e-12);
        assertEquals(1.0 / 63 + 1.0 / 61, fused.get(1).score(), 1e-12);
        assertEquals(1.0 / 62, fused.get(2).score(), 1e-12);
        assertEquals(1.0 / 63, fused.get(3).score(), 1e-12);
    }

    @Test
    void eachHitKeepsEveryRetrieversRankAndScore() {
        List<FusedHit> fused = ReciprocalRankFusion.fuse(List.of(
                new Ranking("keyword", List.of(new Candidate(7, 2.5), new Candidate(8, 1.5)), 1.0),
                new Ranking("vector", List.of(new Candidate(8, 0.9)), 1.0)), 60);
        FusedHit eight = fused.stream().filter(h -> h.productId() == 8).findFirst().orElseThrow();
        assertEquals(new RetrieverHit(2, 1.5), eight.retrievers().get("keyword"));
        assertEquals(new RetrieverHit(1, 0.9), eight.retrievers().get("vector"));
        assertEquals(List.of("keyword", "vector"), List.copyOf(eight.retrievers().keySet()));
        FusedHit seven = fused.stream().filter(h -> h.productId() == 7).findFirst().orElseThrow();
        assertEquals(List.of("keyword"), List.copyOf(seven.retrievers().keySet()));
    }

    @Test
    void weightsShiftTheBalance() {
        List<Ranking> rankings = List.of(new Ranking("keyword", ranked(1), 1.0), new Ranking("vector", ranked(2), 2.0));
        assertEquals(2L, ReciprocalRankFusion.fuse(rankings, 60).get(0).productId());
        List<Ranking> other = List.of(new Ranking("keyword", ranked(1), 3.0), new Ranking("vector", ranked(2), 2.0));
        assertEquals(1L, ReciprocalRankFusion.fuse(other, 60).get(0).productId());
    }

    @Test
    void smallKFavoursTopRanksMoreThanLargeK() {
        // a product first in one list vs a product second in both
        List<Ranking> rankings = List.of(new Ranking("keyword", ranked(1, 2), 1.0), new Ranking("vector", ranked(3, 2), 1.0));
        assertEquals(2L, ReciprocalRankFusion.fuse(rankings, 60).get(0).productId());
        assertEquals(1L, ReciprocalRankFusion.fuse(rankings, 0).get(0).productId());
    }

    @Test
    void tiesGoToTheBetterSingleRankThenTheLowerId() {
        List<FusedHit> fused = ReciprocalRankFusion.fuse(List.of(
                new Ranking("keyword", ranked(5, 9), 1.0), new Ranking("vector", ranked(4, 9), 1.0)), 60);
        assertEquals(List.of(9L, 4L, 5L), fused.stream().map(FusedHit::productId).toList());
    }

    @Test
    void aRepeatedProductCountsOnceAtItsFirstPlace() {
        List<FusedHit> fused = ReciprocalRankFusion.fuse(List.of(new Ranking("keyword", ranked(1, 1, 2), 1.0)), 60);
        assertEquals(2, fused.size());
        assertEquals(new RetrieverHit(2, 98), fused.get(1).retrievers().get("keyword"));
    }

    @Test
    void emptyInputsFuseToNothing() {
        assertEquals(List.of(), ReciprocalRankFusion.fuse(List.of(), 60));
        assertEquals(List.of(), ReciprocalRankFusion.fuse(List.of(new Ranking("vector", List.of(), 1.0)), 60));
        assertThrows(IllegalArgumentException.class, () -> ReciprocalRankFusion.fuse(List.of(), -1));
    }
}
