package io.aisle.ltv.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final double[] ACTUAL = {0, 10, 30, 60};

    @Test
    void normalizedGiniDividesTheModelsGiniByThePerfectOrderingsGini() {
        // by prediction: 10, 60, 30, 0 -> cumulative shares .1 .7 1 1 -> raw 2 * 2.8 / 4 - 1 = 0.4
        // perfect: 60, 30, 10, 0 -> .6 .9 1 1 -> raw 2 * 3.5 / 4 - 1 = 0.75
        double gini = Gini.normalized(ACTUAL, new double[] {1, 4, 2, 3});

        assertEquals(0.4 / 0.75, gini, 1e-12);
        assertEquals(1, Gini.normalized(ACTUAL, ACTUAL), 1e-12);
    }

    @Test
    void tiedPredictionsShareTheirMeanActualValue() {
        // groups {30, 60} (prediction 2) and {0, 10} (prediction 1): 45 45 5 5
        // -> shares .45 .9 .95 1 -> raw 2 * 3.3 / 4 - 1 = 0.65
        assertEquals(0.65 / 0.75, Gini.normalized(ACTUAL, new double[] {1, 1, 2, 2}), 1e-12);
        // a constant ranks nobody: 25 25 25 25 -> shares .25 .5 .75 1 -> raw 2 * 2.5 / 4 - 1 = 1/n,
        // the discretisation offset of the reference formula, which vanishes for large n
        assertEquals(0.25 / 0.75, Gini.normalized(ACTUAL, new double[] {7, 7, 7, 7}), 1e-12);
    }

    @Test
    void spearmanAveragesTiedRanks() {
        // ranks 1 2.5 2.5 4 and 1 3 2 4: deviations (-1.5 0 0 1.5), (-1.5 .5 -.5 1.5)
        // -> 4.5 / sqrt(4.5 * 5)
        double rho = Spearman.correlation(new double[] {1, 2, 2, 3}, new double[] {10, 30, 20, 40});

        assertArrayEquals(new double[] {1, 2.5, 2.5, 4}, Spearman.ranks(new double[] {1, 2, 2, 3}));
        assertEquals(4.5 / Math.sqrt(22.5), rho, 1e-12);
        assertEquals(-1, Spearman.correlation(new double[] {1, 2, 3}, new double[] {9, 5, 1}), 1e-12);
    }

    @Test
    void decileMapeComparesMeanPredictedWithMeanActualPerDecile() {
        // 20 customers worth 10 each, predicted 1..20: deciles {20,19}, {18,17}, ... {2,1} have mean
        // predictions 19.5, 17.5, ... 1.5 -> errors .95 .75 .55 .35 .15 .05 .25 .45 .65 .85, mean 0.5
        double[] actual = new double[20];
        Arrays.fill(actual, 10);
        double[] predicted = IntStream.rangeClosed(1, 20).asDoubleStream().toArray();

        assertEquals(0.5, DecileMape.of(actual, predicted), 1e-12);
    }

    @Test
    void decileMapeIsTheUniformRelativeErrorOfAUniformlyBiasedModel() {
        double[] actual = IntStream.rangeClosed(1, 37).asDoubleStream().toArray();
        double[] predicted = IntStream.rangeClosed(1, 37).mapToDouble(i -> 1.1 * i).toArray();

        assertEquals(0.1, DecileMape.of(actual, predicted), 1e-12);
    }

    @Test
    void decilesWithoutActualValueAreLeftOut() {
        // 10 customers, one per decile; only the top one bought: 5 predicted vs 10 actual
        double[] actual = {10, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        double[] predicted = {5, 1, 1, 1, 1, 1, 1, 1, 1, 0};

        assertEquals(0.5, DecileMape.of(actual, predicted), 1e-12);
    }

    @Test
    void totalErrorIsTheSignedRelativeErrorOfTheSum() {
        LtvMetrics metrics = LtvMetrics.of(ACTUAL, new double[] {5, 5, 20, 80});

        assertEquals(110.0 / 100 - 1, metrics.totalError(), 1e-12);
        // 60, 30, then the tie {0, 10} as 5, 5 -> shares .6 .9 .95 1 -> raw 0.725
        assertEquals(0.725 / 0.75, metrics.gini(), 1e-12);
    }
}
