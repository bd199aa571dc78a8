package io.aisle.ltv.deep.evaluation;

import io.aisle.ltv.deep.TrainingSnapshot;
import io.aisle.ltv.deep.TrainingWindows;
import io.aisle.ltv.deep.ZilnModel;
import io.aisle.ltv.features.datasets.Dataset;
import io.aisle.ltv.metrics.LtvMetrics;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Deep-vs-baseline evaluation on a time split: trains the ZILN on features at the training cutoff
 * (and, with several training windows, at earlier cutoffs too) with the value of the following
 * window as label, the latest label window ending at the real cutoff; scores the customers at the
 * cutoff and compares with the holdout values. Predictions are scaled to the holdout length when
 * the training window is shorter ({@link io.aisle.ltv.features.datasets.EvaluationSplit#horizonScale}).
 */
public final class ZilnEvaluation {

    private ZilnEvaluation() {
    }

    public static EvaluationResult run(Dataset dataset, EvaluationConfig config) {
        EvaluationData data = EvaluationData.of(dataset);
        long start = System.nanoTime();
        TrainingWindows windows = new TrainingWindows(data.split().trainingWindow(),
                Duration.ofDays(config.windowStepDays()), config.trainingWindows());
        List<TrainingSnapshot> snapshots = windows.snapshots(dataset.customers(), data.split().cutoff());
        ZilnModel.Fitted fitted = ZilnModel.fit(snapshots, config.features(), config.ziln());
        Duration trainingTime = Duration.ofNanos(System.nanoTime() - start);
        try (ZilnModel model = fitted.model()) {
            double scale = data.split().horizonScale();
            double[] predicted = Arrays.stream(model.expectedValues(data.test(), data.split().cutoff()))
                    .map(v -> v * scale)
                    .toArray();
            return new EvaluationResult(dataset.name(), snapshots.stream().mapToInt(TrainingSnapshot::size).sum(),
                    data.test().size(), Arrays.stream(data.actual()).sum(),
                    LtvMetrics.of(data.actual(), data.lastPeriodValues()),
                    LtvMetrics.of(data.actual(), predicted),
                    fitted.training().epochs(), trainingTime);
        }
    }
}
