package io.aisle.ltv.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.aisle.common.djl.PyTorchEngine;
import org.junit.jupiter.api.Test;

class ZilnLossTest {

    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

    @Test
    void lossOfATinyBatchMatchesTheHandComputedValue() {
        // rows: (logit, mu, pre-softplus sigma) and label
        // 1) (0, 0, 0), y = 0: only BCE = log 2
        // 2) (2, 1, 0), y = e: sigma = softplus(0) = log 2, log y = mu so z = 0;
        //    BCE = log(1 + e^-2); NLL = log y + log sigma + log(2 pi)/2 = 1 + log(log 2) + log(2 pi)/2
        // 3) (-1, 0.5, 1), y = 1: sigma = log(1 + e); z = (0 - 0.5) / sigma;
        //    BCE = 1 + log(1 + e^-1); NLL = log sigma + log(2 pi)/2 + z^2/2
        double sigma3 = Math.log(1 + Math.E);
        double z3 = -0.5 / sigma3;
        double[] expected = {
            Math.log(2),
            Math.log(1 + Math.exp(-2)) + 1 + Math.log(Math.log(2)) + HALF_LOG_2PI,
            1 + Math.log(1 + Math.exp(-1)) + Math.log(sigma3) + HALF_LOG_2PI + z3 * z3 / 2,
        };
        try (NDManager manager = PyTorchEngine.get().newBaseManager()) {
            NDArray outputs = manager.create(new float[] {0, 0, 0, 2, 1, 0, -1, 0.5f, 1}, new Shape(3, 3));
            NDArray labels = manager.create(new float[] {0, (float) Math.E, 1});

            float[] perExample = ZilnLoss.perExample(outputs, labels).toFloatArray();
            float mean = new ZilnLoss().evaluate(new NDList(labels), new NDList(outputs)).getFloat();

            assertArrayEquals(new float[] {(float) expected[0], (float) expected[1], (float) expected[2]},
                    perExample, 1e-5f);
            assertEquals((expected[0] + expected[1] + expected[2]) / 3, mean, 1e-5);
            assertEquals(1.6498977, mean, 1e-5);
        }
    }

    @Test
    void extremeLogitsAndTinySigmasStayFinite() {
        try (NDManager manager = PyTorchEngine.get().newBaseManager()) {
            // a confident wrong "no" costs the logit; sigma hits its floor instead of 0
            NDArray outputs = manager.create(new float[] {100, 0, 0, -100, 0, -100}, new Shape(2, 3));
            NDArray labels = manager.create(new float[] {0, 1});

            float[] loss = ZilnLoss.perExample(outputs, labels).toFloatArray();

            assertEquals(100, loss[0], 1e-3);
            assertEquals(100 + Math.log(ZilnLoss.SIGMA_FLOOR) + HALF_LOG_2PI, loss[1], 1e-3);
        }
    }

    @Test
    void predictionIsTheMeanOfTheZeroInflatedLognormal() {
        ZilnPrediction p = ZilnPrediction.fromOutputs(0, 1, 0, Double.POSITIVE_INFINITY);

        assertEquals(0.5, p.probability(), 1e-12);
        assertEquals(Math.log(2), p.sigma(), 1e-7);
        assertEquals(0.5 * Math.exp(1 + Math.log(2) * Math.log(2) / 2), p.expectedValue(), 1e-6);
    }

    @Test
    void theValueIfBuyingNeverExceedsTheLargestTrainingLabel() {
        ZilnPrediction runaway = ZilnPrediction.fromOutputs(0, 40, 5, 1_000);

        assertEquals(1_000, runaway.valueIfBuying());
        assertEquals(500, runaway.expectedValue(), 1e-9);
    }
}
