package io.aisle.ltv.metrics;

/**
 * The evaluation metrics of a value prediction over one holdout population.
 *
 * @param gini       normalized Gini ({@link Gini})
 * @param spearman   Spearman rank correlation of predicted and actual values
 * @param decileMape decile-level MAPE ({@link DecileMape})
 * @param totalError sum predicted / sum actual - 1: the error of the total, signed
 */
public record LtvMetrics(double gini, double spearman, double decileMape, double totalError) {

    public static LtvMetrics of(double[] actual, double[] predicted) {
        return new LtvMetrics(Gini.normalized(actual, predicted), Spearman.correlation(actual, predicted),
                DecileMape.of(actual, predicted), totalError(actual, predicted));
    }

    static double totalError(double[] actual, double[] predicted) {
        double sumActual = 0;
        double sumPredicted = 0;
        for (int i = 0; i < actual.length; i++) {
            sumActual += actual[i];
            sumPredicted += predicted[i];
        }
        return sumPredicted / sumActual - 1;
    }
}
