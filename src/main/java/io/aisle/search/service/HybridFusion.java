package io.aisle.search.service;

import io.aisle.search.model.FusedHit;
import io.aisle.search.model.Ranking;
import java.util.List;

/** How hybrid search merges the keyword and vector candidates (configured by {@code aisle.search.hybrid.fusion}). */
public enum HybridFusion {
    /** {@link ConvexCombinationFusion}: normalised scores, weighted. */
    CONVEX,
    /** {@link ReciprocalRankFusion}: ranks only, with the configured k. */
    RRF;

    public List<FusedHit> fuse(List<Ranking> rankings, int rrfK) {
        return this == RRF ? ReciprocalRankFusion.fuse(rankings, rrfK) : ConvexCombinationFusion.fuse(rankings);
    }
}
