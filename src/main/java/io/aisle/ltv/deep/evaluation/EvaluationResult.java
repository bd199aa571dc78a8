package io.aisle.ltv.deep.evaluation;

import io.aisle.ltv.metrics.LtvMetrics;
import java.time.Duration;

/**
 * Metrics of the last-period baseline and the ZILN on one dataset's holdout.
 *
 * @param trainRows     training rows: customers summed over the stacked training windows
 * @param holdoutTotal  sum of the test customers' actual holdout values
 * @param epochs        training epochs run (early stopping included)
 * @param trainingTime  feature fitting and network training, without reading the data
 */
public record EvaluationResult(String dataset, int trainRows, int testCustomers, double holdoutTotal,
                               LtvMetrics baseline, LtvMetrics ziln, int epochs, Duration trainingTime) {
}
