package io.aisle.search.service;

import io.aisle.search.model.FusedHit;
import io.aisle.search.model.Ranking;
import java.util.List;

/**
 * Reciprocal rank fusion (Cormack et al. 2009): a product's score is the sum over retrievers of
 * {@code weight / (k + rank)}, rank counted from 1. Scores of different retrievers never need to be comparable.
 */
public final class ReciprocalRankFusion {

    private ReciprocalRankFusion() {
    }

    /** Fused hits, best first; ties go to the better single rank, then to the lower product id. */
    public static List<FusedHit> fuse(List<Ranking> rankings, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative: " + k);
        }
        FusionTable table = new FusionTable();
        for (Ranking ranking : rankings) {
            table.add(ranking, (rank, candidate) -> ranking.weight() / (k + rank));
        }
        return table.ranked();
    }
}
