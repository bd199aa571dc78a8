package io.aisle.search.service;

import io.aisle.search.model.Candidate;
import io.aisle.search.model.FusedHit;
import io.aisle.search.model.Ranking;
import io.aisle.search.model.RetrieverHit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The products of several rankings with each retriever's rank and score, summing what each ranking adds. */
final class FusionTable {

    /** What a product at a rank (1 = first) with a candidate's score adds to its fused score. */
    @FunctionalInterface
    interface Contribution {
        double of(int rank, Candidate candidate);
    }

    private final Map<Long, Map<String, RetrieverHit>> hits = new LinkedHashMap<>();
    private final Map<Long, Double> scores = new LinkedHashMap<>();
    private final Map<Long, Integer> bestRank = new LinkedHashMap<>();

    void add(Ranking ranking, Contribution contribution) {
        int rank = 0;
        for (Candidate candidate : ranking.candidates()) {
            long id = candidate.productId();
            Map<String, RetrieverHit> byRetriever = hits.computeIfAbsent(id, x -> new LinkedHashMap<>());
            if (byRetriever.containsKey(ranking.retriever())) {
                continue; // a retriever listing a product twice counts its first place only
            }
            rank++;
            byRetriever.put(ranking.retriever(), new RetrieverHit(rank, candidate.score()));
            scores.merge(id, contribution.of(rank, candidate), Double::sum);
            bestRank.merge(id, rank, Math::min);
        }
    }

    /** Best first; ties go to the better single rank, then to the lower product id. */
    List<FusedHit> ranked() {
        List<FusedHit> fused = new ArrayList<>(scores.size());
        scores.forEach((id, score) -> fused.add(new FusedHit(id, score, Collections.unmodifiableMap(hits.get(id)))));
        fused.sort(Comparator.comparingDouble(FusedHit::score).reversed()
                .thenComparing(hit -> bestRank.get(hit.productId()))
                .thenComparingLong(FusedHit::productId));
        return fused;
    }
}
