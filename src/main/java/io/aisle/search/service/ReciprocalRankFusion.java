package io.aisle.search.service;

import io.aisle.search.model.Candidate;
import io.aisle.search.model.FusedHit;
import io.aisle.search.model.RetrieverHit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack et al. 2009): a product's score is the sum over retrievers of
 * {@code weight / (k + rank)}, rank counted from 1. Scores of different retrievers never need to be comparable.
 */
public final class ReciprocalRankFusion {

    /** One retriever's ranked list (best first) and its weight. */
    public record Ranking(String retriever, List<Candidate> candidates, double weight) {
    }

    private ReciprocalRankFusion() {
    }

    /** Fused hits, best first; ties go to the better single rank, then to the lower product id. */
    public static List<FusedHit> fuse(List<Ranking> rankings, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative: " + k);
        }
        Map<Long, Map<String, RetrieverHit>> hits = new LinkedHashMap<>();
        Map<Long, Double> scores = new LinkedHashMap<>();
        Map<Long, Integer> bestRank = new LinkedHashMap<>();
        for (Ranking ranking : rankings) {
            int rank = 0;
            for (Candidate candidate : ranking.candidates()) {
                long id = candidate.productId();
                Map<String, RetrieverHit> byRetriever = hits.computeIfAbsent(id, x -> new LinkedHashMap<>());
                if (byRetriever.containsKey(ranking.retriever())) {
                    continue; // a retriever listing a product twice counts its first place only
                }
                rank++;
                byRetriever.put(ranking.retriever(), new RetrieverHit(rank, candidate.score()));
                scores.merge(id, ranking.weight() / (k + rank), Double::sum);
                bestRank.merge(id, rank, Math::min);
            }
        }
        List<FusedHit> fused = new ArrayList<>(scores.size());
        scores.forEach((id, score) -> fused.add(new FusedHit(id, score, Collections.unmodifiableMap(hits.get(id)))));
        fused.sort(Comparator.comparingDouble(FusedHit::score).reversed()
                .thenComparing(hit -> bestRank.get(hit.productId()))
                .thenComparingLong(FusedHit::productId));
        return fused;
    }
}
