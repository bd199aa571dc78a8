package io.aisle.recommend.model;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import ai.djl.training.loss.SoftmaxCrossEntropyLoss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.aisle.common.djl.PyTorchEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jboss.logging.Logger;

/**
 * Trains SASRec with full softmax cross-entropy over all items at every real position (much
 * stronger than the paper's binary loss with one sampled negative), Adam, and early stopping on
 * validation NDCG@10, keeping the weights of the best epoch. With the same data and seed the
 * result is the same on CPU.
 */
public final class SasRecTrainer {

    private static final Logger LOG = Logger.getLogger(SasRecTrainer.class);
    private static final SoftmaxCrossEntropyLoss CROSS_ENTROPY =
            new SoftmaxCrossEntropyLoss("cross-entropy", 1, -1, true, true);

    private SasRecTrainer() {
    }

    /**
     * @param trainingSequences per user, items in time order; sequences of fewer than 2 items teach nothing and are skipped
     * @param validation        cases for early stopping, e.g. {@link LeaveOneOutSplit#validation()}
     */
    public static SasRecTrainingResult train(int itemCount, List<int[]> trainingSequences, List<EvalCase> validation,
                                             SasRecConfig config) {
        List<int[]> usable = trainingSequences.stream().filter(s -> s.length >= 2).toList();
        if (usable.isEmpty() || validation.isEmpty()) {
            throw new IllegalArgumentException("need training sequences of at least 2 items and validation cases");
        }
        synchronized (PyTorchEngine.TRAINING_LOCK) {
            long start = System.nanoTime();
            Engine engine = PyTorchEngine.get();
            engine.setRandomSeed((int) config.seed());
            Random random = new Random(config.seed());
            SasRecModel model = new SasRecModel(itemCount, config, SasRecParameters.initialise(itemCount, config));
            try {
                return fit(engine, model, usable, validation, config, random, start);
            } catch (RuntimeException e) {
                model.close();
                throw e;
            }
        }
    }

    private static SasRecTrainingResult fit(Engine engine, SasRecModel model, List<int[]> usable,
                                            List<EvalCase> validation, SasRecConfig config, Random random, long start) {
        model.parameters().attachGradients();
        Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed(config.learningRate()))
                .optWeightDecays(config.weightDecay()).build();
        RankingMetrics best = null;
        Map<String, float[]> bestWeights = null;
        int bestEpoch = 0;
        int epoch = 0;
        long trainingNanos = 0;
        while (epoch < config.maxEpochs() && epoch - bestEpoch < config.patience()) {
            epoch++;
            long epochStart = System.nanoTime();
            List<int[]> order = shuffled(usable, random);
            int skipped = runEpoch(engine, model, adam, order, config);
            trainingNanos += System.nanoTime() - epochStart;
            int batches = (order.size() + config.batchSize() - 1) / config.batchSize();
            if (skipped > 0) {
                LOG.warnf("SASRec epoch %d: skipped %d of %d batches with a non-finite loss or gradient", epoch, skipped,
                        batches);
            }
            if (skipped == batches) {
                LOG.warnf("SASRec epoch %d: no batch was usable; stopping with the weights of epoch %d", epoch, bestEpoch);
                break;
            }
            RankingMetrics metrics = RankingEvaluation.evaluate(model, model.itemCount(), validation);
            // one line per epoch: a long training on a busy machine shows it is alive and converging
            LOG.infof("SASRec epoch %d: validation NDCG@10 %.4f HR@10 %.4f, %.1f s with validation", epoch,
                    metrics.ndcg10(), metrics.hr10(), (System.nanoTime() - epochStart) / 1e9);
            if (best == null || metrics.ndcg10() > best.ndcg10()) {
                best = metrics;
                bestEpoch = epoch;
                bestWeights = model.parameters().values();
            }
        }
        if (bestWeights == null) {
            throw new IllegalStateException("the loss diverged in the first epoch: lower the learning rate");
        }
        model.parameters().restore(bestWeights);
        return new SasRecTrainingResult(model, epoch, bestEpoch, best, Duration.ofNanos(System.nanoTime() - start),
                trainingNanos / 1e9 / epoch);
    }

    /**
     * One pass; a batch whose loss or gradients are not finite is skipped rather than applied. On
     * this machine a non-finite loss appeared at random (epoch 11 in one run, epoch 1 in another,
     * never in a third with the same seed; cause not found), and one applied NaN step ruins every weight.
     *
     * @return the number of skipped batches
     */
    private static int runEpoch(Engine engine, SasRecModel model, Optimizer adam, List<int[]> sequences,
                                SasRecConfig config) {
        int skipped = 0;
        for (int from = 0; from < sequences.size(); from += config.batchSize()) {
            List<int[]> chunk = sequences.subList(from, Math.min(sequences.size(), from + config.batchSize()));
            SasRecBatch batch = SasRecBatch.forTraining(chunk, config.maxLength());
            boolean finiteLoss;
            try (NDManager scope = model.parameters().manager().newSubManager();
                 GradientCollector collector = engine.newGradientCollector()) {
                NDArray logits = model.network().logits(model.network().hidden(scope, batch, true));
                NDArray loss = CROSS_ENTROPY.evaluate(new NDList(scope.create(batch.targets())), new NDList(logits));
                finiteLoss = Float.isFinite(loss.getFloat());
                if (finiteLoss) {
                    collector.backward(loss);
                }
            }
            if (!finiteLoss || !model.parameters().step(adam)) {
                skipped++;
            }
        }
        return skipped;
    }

    /** A Fisher-Yates shuffled copy, driven by the seeded generator. */
    private static List<int[]> shuffled(List<int[]> sequences, Random random) {
        List<int[]> copy = new ArrayList<>(sequences);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            copy.set(i, copy.set(j, copy.get(i)));
        }
        return copy;
    }
}
