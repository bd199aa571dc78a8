package io.aisle.recommend.model;

/**
 * Full-ranking quality of a recommender on a set of cases (see {@link RankingEvaluation}).
 *
 * @param hr10         share of cases whose target is in the top 10
 * @param ndcg10       mean 1 / log2(rank + 1) over cases with the target in the top 10 (rank 1-based), 0 otherwise
 * @param hr20         as {@code hr10} for the top 20
 * @param ndcg20       as {@code ndcg10} for the top 20
 * @param coverage10   share of all items that appear in at least one top-10 list
 * @param exposureGini Gini coefficient of how often each item (all of them, unseen ones included)
 *                     appears across the top-10 lists: 0 = all equally exposed, near 1 = a few items get everything
 * @param users        number of cases
 */
public record RankingMetrics(double hr10, double ndcg10, double hr20, double ndcg20, double coverage10,
                             double exposureGini, int users) {
}
