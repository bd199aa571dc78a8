package io.aisle.ltv.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.ltv.metrics.Gini;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ZilnTrainerTest {

    private static final ZilnConfig CONFIG = ZilnConfig.defaults().withSeed(7);

    private static SyntheticPopulation holdout;
    private static TrainingResult trained;

    @BeforeAll
    static void train() {
        SyntheticPopulation population = SyntheticPopulation.draw(6_000, 1);
        holdout = SyntheticPopulation.draw(4_000, 2);
        trained = ZilnTrainer.train(population.features(), population.labels(), CONFIG);
    }

    @AfterAll
    static void close() {
        trained.network().close();
    }

    @Test
    void recoversTheBuyingProbabilityAndTheMeanValueOfAKnownPopulation() {
        ZilnPrediction[] predictions = trained.network().predict(holdout.features());

        double predictedP = Arrays.stream(predictions).mapToDouble(ZilnPrediction::probability).average().orElseThrow();
        double trueP = Arrays.stream(holdout.features()).mapToDouble(SyntheticPopulation::probability).average().orElseThrow();
        double predictedMean = Arrays.stream(predictions).mapToDouble(ZilnPrediction::expectedValue).average().orElseThrow();
        double trueMean = Arrays.stream(holdout.trueMeans()).average().orElseThrow();
        double meanSigma = Arrays.stream(predictions).mapToDouble(ZilnPrediction::sigma).average().orElseThrow();

        assertEquals(trueP, predictedP, 0.03);
        assertEquals(trueMean, predictedMean, 0.15 * trueMean);
        assertEquals(SyntheticPopulation.SIGMA, meanSigma, 0.15);
    }

    @Test
    void ranksCustomersFarBetterThanAConstantPrediction() {
        double[] predicted = Arrays.stream(trained.network().predict(holdout.features()))
                .mapToDouble(ZilnPrediction::expectedValue).toArray();
        double[] actual = holdout.labelsAsDoubles();
        double[] constant = new double[actual.length];
        Arrays.fill(constant, Arrays.stream(actual).average().orElseThrow());

        double model = Gini.normalized(actual, predicted);
        double oracle = Gini.normalized(actual, holdout.trueMeans());

        assertEquals(0, Gini.normalized(actual, constant), 1e-3);
        assertTrue(model > 0.9 * oracle, "model Gini " + model + " vs oracle " + oracle);
    }

    @Test
    void stopsEarlyAndKeepsTheBestEpoch() {
        assertTrue(trained.bestEpoch() >= 1 && trained.bestEpoch() <= trained.epochs());
        assertTrue(trained.epochs() == CONFIG.maxEpochs() || trained.epochs() - trained.bestEpoch() == CONFIG.patience());
        assertTrue(Double.isFinite(trained.validationLoss()));
    }

    @Test
    void sameRowsAndSeedGiveTheSameModel() {
        SyntheticPopulation small = SyntheticPopulation.draw(800, 3);
        ZilnConfig quick = CONFIG.withMaxEpochs(5);
        try (ZilnNetwork first = ZilnTrainer.train(small.features(), small.labels(), quick).network();
             ZilnNetwork second = ZilnTrainer.train(small.features(), small.labels(), quick).network()) {
            assertArrayEquals(means(first.predict(small.features())), means(second.predict(small.features())));
        }
    }

    @Test
    void scoringMoreRowsThanOneSliceKeepsEveryRowInPlace() {
        float[][] many = SyntheticPopulation.draw(10_000, 4).features();

        ZilnPrediction[] all = trained.network().predict(many);

        for (int i : new int[] {0, 8_191, 8_192, 9_999}) {
            ZilnPrediction alone = trained.network().predict(new float[][] {many[i]})[0];
            assertEquals(alone.expectedValue(), all[i].expectedValue(), 1e-5 * alone.expectedValue());
        }
    }

    @Test
    void negativeOrMissingLabelsAreRejected() {
        float[][] rows = {{0f}, {1f}};

        assertThrows(IllegalArgumentException.class, () -> ZilnTrainer.train(rows, new float[] {1, -5}, CONFIG));
        assertThrows(IllegalArgumentException.class, () -> ZilnTrainer.train(rows, new float[] {1, Float.NaN}, CONFIG));
    }

    private static double[] means(ZilnPrediction[] predictions) {
        return Arrays.stream(predictions).mapToDouble(ZilnPrediction::expectedValue).toArray();
    }
}
