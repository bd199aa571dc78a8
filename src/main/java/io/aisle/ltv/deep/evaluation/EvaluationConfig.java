package io.aisle.ltv.deep.evaluation;

import io.aisle.ltv.deep.ZilnConfig;
import io.aisle.ltv.features.FeatureConfig;

/** What to build and train in an evaluation run. */
public record EvaluationConfig(FeatureConfig features, ZilnConfig ziln) {

    /** Purchase features only (the files have no categories or event log), default ZILN. */
    public static EvaluationConfig defaults() {
        return new EvaluationConfig(FeatureConfig.purchasesOnly(), ZilnConfig.defaults());
    }
}
