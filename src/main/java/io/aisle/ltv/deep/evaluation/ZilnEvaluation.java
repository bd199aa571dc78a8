package io.aisle.ltv.deep.evaluation;

import io.aisle.ltv.deep.ZilnModel;
import io.aisle.ltv.features.datasets.Dataset;
import io.aisle.ltv.metrics.LtvMetrics;
import java.time.Duration;
import java.util.Arrays;

/**
 * Deep-vs-baseline evaluation on a time split: trains the ZILN on features at the training cutoff
 * with the value up to the real cutoff as label, scores the customers at the cutoff, and compares
 * with the holdout values. Predictions are scaled to the holdout length when the training window
 * is shorter ({@link io.aisle.ltv.features.datasets.EvaluationSplit#horizonScale}).
 */
public final class ZilnEvaluation {

    private ZilnEvaluation() {
    }

    public static EvaluationResult run(Dataset dataset, EvaluationConfig config) {
        EvaluationData data = EvaluationData.of(dataset);
        long start = System.nanoTime();
        ZilnModel.Fitted fitted = ZilnModel.fit(data.train(), data.split().trainCutoff(), data.trainLabels(),
                config.features(), config.ziln());
        Duration trainingTime = Duration.ofNanos(System.nanoTime() - start);
        try (ZilnModel model = fitted.model()) {
            double scale = data.split().horizonScale();
            double[] predicted = Arrays.stream(model.expectedValues(data.test(), data.split().cutoff()))
                    .map(v -> v * scale)
                    .toArray();
            return new EvaluationResult(dataset.name(), data.train().size(), data.test().size(),
                    Arrays.stream(data.actual()).sum(),
                    LtvMetrics.of(data.actual(), data.lastPeriodValues()),
                    LtvMetrics.of(data.actual(), predicted),
                    fitted.training().epochs(), trainingTime);
        }
    }
}
