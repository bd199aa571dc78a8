package io.aisle.ltv.deep;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.aisle.common.djl.PyTorchEngine;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

/**
 * Trains the ZILN network with Adam on shuffled mini-batches and stops early on a random
 * validation split, keeping the parameters of the best validation epoch. With the same rows and
 * seed the result is the same on CPU.
 */
public final class ZilnTrainer {

    private static final double MIN_IMPROVEMENT = 1e-6;

    private ZilnTrainer() {
    }

    /**
     * @param features standardised rows, all of the same length
     * @param labels   the value of each row in the label window, finite and >= 0
     */
    public static TrainingResult train(float[][] features, float[] labels, ZilnConfig config) {
        if (features.length != labels.length || features.length < 2) {
            throw new IllegalArgumentException("need at least 2 rows, one label per row");
        }
        for (float y : labels) {
            if (!(y >= 0) || Float.isInfinite(y)) {
                throw new IllegalArgumentException("labels must be finite and >= 0 (floor net values at 0), got " + y);
            }
        }
        synchronized (PyTorchEngine.TRAINING_LOCK) {
            long start = System.nanoTime();
            PyTorchEngine.get().setRandomSeed(config.seed());
            Random random = new Random(config.seed());
            int[] order = shuffled(identity(features.length), random);
            int validationRows = Math.max(1, Math.round(features.length * config.validationFraction()));
            int[] validation = Arrays.copyOfRange(order, 0, validationRows);
            int[] training = Arrays.copyOfRange(order, validationRows, order.length);
            int inputSize = features[0].length;

            try (Model model = Model.newInstance("ziln-training", PyTorchEngine.NAME)) {
                model.setBlock(ZilnNetwork.block(config));
                DefaultTrainingConfig setup = new DefaultTrainingConfig(new ZilnLoss()).optOptimizer(
                        Optimizer.adam().optLearningRateTracker(Tracker.fixed(config.learningRate()))
                                .optWeightDecays(config.weightDecay()).build());
                try (Trainer trainer = model.newTrainer(setup)) {
                    trainer.initialize(new Shape(config.batchSize(), inputSize));
                    double best = Double.POSITIVE_INFINITY;
                    byte[] bestParameters = null;
                    int bestEpoch = 0;
                    int epoch = 0;
                    while (epoch < config.maxEpochs() && epoch - bestEpoch < config.patience()) {
                        epoch++;
                        runEpoch(trainer, features, labels, shuffled(training, random), config.batchSize());
                        double loss = validationLoss(trainer, features, labels, validation);
                        if (loss < best - MIN_IMPROVEMENT) {
                            best = loss;
                            bestEpoch = epoch;
                            bestParameters = ZilnNetwork.parameters(model.getBlock());
                        }
                    }
                    if (bestParameters == null) {
                        throw new IllegalStateException("validation loss never finite: check the labels");
                    }
                    ZilnNetwork network = ZilnNetwork.load(config, inputSize, max(labels), bestParameters);
                    return new TrainingResult(network, epoch, bestEpoch, best,
                            Duration.ofNanos(System.nanoTime() - start));
                }
            }
        }
    }

    private static void runEpoch(Trainer trainer, float[][] x, float[] y, int[] rows, int batchSize) {
        for (int from = 0; from < rows.length; from += batchSize) {
            int to = Math.min(rows.length, from + batchSize);
            try (NDManager batch = trainer.getManager().newSubManager();
                 GradientCollector collector = trainer.newGradientCollector()) {
                NDList inputs = new NDList(array(batch, Batches.rows(x, rows, from, to)));
                NDArray target = batch.create(Batches.values(y, rows, from, to));
                NDArray loss = trainer.getLoss().evaluate(new NDList(target), trainer.forward(inputs));
                collector.backward(loss);
            }
            trainer.step();
        }
    }

    private static double validationLoss(Trainer trainer, float[][] x, float[] y, int[] rows) {
        try (NDManager scope = trainer.getManager().newSubManager()) {
            NDArray outputs = trainer.evaluate(new NDList(array(scope, Batches.rows(x, rows, 0, rows.length))))
                    .singletonOrThrow();
            NDArray target = scope.create(Batches.values(y, rows, 0, rows.length));
            return ZilnLoss.perExample(outputs, target).mean().getFloat();
        }
    }

    /** The largest label: bounds the value if buying at prediction ({@link ZilnPrediction#valueIfBuying}). */
    private static double max(float[] labels) {
        double max = 0;
        for (float y : labels) {
            max = Math.max(max, y);
        }
        return max;
    }

    private static NDArray array(NDManager manager, float[][] rows) {
        int columns = rows[0].length;
        return manager.create(Batches.flatten(rows, columns), new Shape(rows.length, columns));
    }

    private static int[] identity(int n) {
        int[] ids = new int[n];
        Arrays.setAll(ids, i -> i);
        return ids;
    }

    /** A Fisher-Yates shuffled copy, driven by the seeded generator. */
    private static int[] shuffled(int[] rows, Random random) {
        int[] copy = rows.clone();
        for (int i = copy.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        return copy;
    }
}
