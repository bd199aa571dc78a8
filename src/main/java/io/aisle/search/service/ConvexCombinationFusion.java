package io.aisle.search.service;

import io.aisle.search.model.Candidate;
import io.aisle.search.model.FusedHit;
import io.aisle.search.model.Ranking;
import java.util.List;

/**
 * Convex combination of normalised scores (Bruch, Gai and Ingber, "An Analysis of Fusion Functions for Hybrid
 * Retrieval", ACM TOIS 2023): a product's score is the sum over retrievers of {@code weight / total weight} times
 * its score scaled to [0, 1] within that retriever's list, from the retriever's floor (or the list's lowest
 * score) to the list's best; a product a retriever did not find gets 0 from it. Unlike rank fusion it keeps how
 * far apart the candidates are: a keyword list with one exact title match and many one-word matches says more
 * than its ranks do.
 */
public final class ConvexCombinationFusion {

    private ConvexCombinationFusion() {
    }

    /** Fused hits, best first; ties go to the better single rank, then to the lower product id. */
    public static List<FusedHit> fuse(List<Ranking> rankings) {
        double total = rankings.stream().mapToDouble(Ranking::weight).sum();
        if (rankings.stream().anyMatch(r -> r.weight() < 0) || (!rankings.isEmpty() && total <= 0)) {
            throw new IllegalArgumentException("weights must not be negative and must not all be 0");
        }
        FusionTable table = new FusionTable();
        for (Ranking ranking : rankings) {
            double share = ranking.weight() / total;
            double best = ranking.candidates().stream().mapToDouble(Candidate::score).max().orElse(0);
            double low = ranking.floor() != null ? ranking.floor()
                    : ranking.candidates().stream().mapToDouble(Candidate::score).min().orElse(0);
            table.add(ranking, (rank, candidate) -> share * (best > low ? (candidate.score() - low) / (best - low) : 1));
        }
        return table.ranked();
    }
}
