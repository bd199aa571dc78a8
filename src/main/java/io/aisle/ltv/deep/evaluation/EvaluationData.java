package io.aisle.ltv.deep.evaluation;

import io.aisle.ltv.features.CustomerHistory;
import io.aisle.ltv.features.FeatureBuilder;
import io.aisle.ltv.features.datasets.Dataset;
import io.aisle.ltv.features.datasets.EvaluationSplit;
import java.util.List;

/**
 * The two populations of a time-split evaluation. Each holds the customers with a transaction
 * before its cutoff (a customer not yet acquired has nothing to score).
 *
 * @param trainLabels value in {@code [trainCutoff, cutoff)} of each training customer
 * @param actual      value in the holdout {@code [cutoff, holdoutEnd)} of each test customer
 */
public record EvaluationData(EvaluationSplit split, List<CustomerHistory> train, double[] trainLabels,
                             List<CustomerHistory> test, double[] actual) {

    public static EvaluationData of(Dataset dataset) {
        EvaluationSplit s = dataset.split();
        List<CustomerHistory> train = dataset.customers().stream()
                .filter(c -> c.hasTransactionBefore(s.trainCutoff())).toList();
        List<CustomerHistory> test = dataset.customers().stream()
                .filter(c -> c.hasTransactionBefore(s.cutoff())).toList();
        return new EvaluationData(s, train, FeatureBuilder.labels(train, s.trainCutoff(), s.cutoff()),
                test, FeatureBuilder.labels(test, s.cutoff(), s.holdoutEnd()));
    }

    /** The last-period baseline: each test customer's value in the holdout-length window before the cutoff. */
    public double[] lastPeriodValues() {
        return FeatureBuilder.labels(test, split.cutoff().minus(split.holdout()), split.cutoff());
    }
}
