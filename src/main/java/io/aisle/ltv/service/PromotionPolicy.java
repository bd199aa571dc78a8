package io.aisle.ltv.service;

import io.aisle.ltv.metrics.LtvMetrics;

/**
 * Decides whether a freshly trained model may replace the active one. The two were evaluated on
 * different holdout windows (the active one when it was trained), so small differences are noise;
 * the gate is there to stop a clearly worse model, e.g. one fitted on broken data.
 */
record PromotionPolicy(double tolerance) {

    boolean promote(LtvMetrics candidate, LtvMetrics active) {
        if (active == null) {
            return true;
        }
        return finite(candidate)
                && candidate.gini() >= active.gini() - tolerance
                && candidate.spearman() >= active.spearman() - tolerance;
    }

    private static boolean finite(LtvMetrics m) {
        return Double.isFinite(m.gini()) && Double.isFinite(m.spearman());
    }
}
