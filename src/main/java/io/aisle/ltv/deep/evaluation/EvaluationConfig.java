package io.aisle.ltv.deep.evaluation;

import io.aisle.ltv.deep.ZilnConfig;
import io.aisle.ltv.features.FeatureConfig;

/**
 * What to build and train in an evaluation run.
 *
 * @param trainingWindows how many stacked training windows (1: only the window just before the
 *                        cutoff); see {@link io.aisle.ltv.deep.TrainingWindows}
 * @param windowStepDays  days between the cutoffs of consecutive training windows
 */
public record EvaluationConfig(FeatureConfig features, ZilnConfig ziln, int trainingWindows, int windowStepDays) {

    public EvaluationConfig {
        if (trainingWindows < 1 || windowStepDays < 1) {
            throw new IllegalArgumentException("trainingWindows and windowStepDays must be positive");
        }
    }

    /** One training window, as before stacking. */
    public EvaluationConfig(FeatureConfig features, ZilnConfig ziln) {
        this(features, ziln, 1, 28);
    }

    /** Purchase features only (the files have no categories or event log), default ZILN. */
    public static EvaluationConfig defaults() {
        return new EvaluationConfig(FeatureConfig.purchasesOnly(), ZilnConfig.defaults());
    }

    public EvaluationConfig withZiln(ZilnConfig newZiln) {
        return new EvaluationConfig(features, newZiln, trainingWindows, windowStepDays);
    }
}
