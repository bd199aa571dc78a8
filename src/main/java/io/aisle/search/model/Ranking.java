package io.aisle.search.model;

import java.util.List;

/**
 * One retriever's candidates, best first, with its weight in the fusion.
 *
 * @param floor the score that means no relevance at all, if the retriever's scores have one (a full-text rank of
 *              0), so that score-based fusion can scale from it; null when they have none (cosine similarity),
 *              and the list's lowest score is used
 */
public record Ranking(String retriever, List<Candidate> candidates, double weight, Double floor) {

    public Ranking(String retriever, List<Candidate> candidates, double weight) {
        this(retriever, candidates, weight, null);
    }
}
