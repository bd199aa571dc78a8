package io.aisle.recommend.model;

/**
 * Hyper-parameters of SASRec and its training.
 *
 * @param maxLength    longest history the model reads; longer ones keep their most recent items
 * @param hiddenSize   width of the item and position embeddings and of every layer
 * @param blocks       number of self-attention + feed-forward blocks
 * @param heads        attention heads per block; must divide {@code hiddenSize}
 * @param dropout      dropout rate on the embeddings, the attention weights and each sub-layer's output
 * @param learningRate Adam step size
 * @param weightDecay  L2 penalty added to the gradients by Adam (0 disables)
 * @param batchSize    training sequences per step
 * @param maxEpochs    upper bound on passes over the training sequences
 * @param patience     epochs without a better validation NDCG@10 before stopping
 * @param seed         seeds weight initialisation, dropout and the shuffling
 */
public record SasRecConfig(int maxLength, int hiddenSize, int blocks, int heads, float dropout,
                           float learningRate, float weightDecay, int batchSize, int maxEpochs, int patience,
                           long seed) {

    public SasRecConfig {
        if (maxLength < 1 || hiddenSize < 1 || blocks < 1 || heads < 1 || hiddenSize % heads != 0) {
            throw new IllegalArgumentException("maxLength, hiddenSize, blocks and heads must be positive, heads must divide hiddenSize");
        }
        if (dropout < 0 || dropout >= 1 || learningRate <= 0 || weightDecay < 0) {
            throw new IllegalArgumentException("dropout must be in [0, 1), learningRate positive, weightDecay >= 0");
        }
        if (batchSize < 1 || maxEpochs < 1 || patience < 1) {
            throw new IllegalArgumentException("batchSize, maxEpochs and patience must be positive");
        }
    }

    /**
     * Beauty-sized data (short histories, ~12k items): 64 dimensions, 2 blocks, 1 head, histories of
     * up to 50 items; dropout 0.3 because Beauty overfits within a few epochs; Adam at 2e-3 because
     * an epoch of full cross-entropy costs about a minute on 2 shared cores, and 1e-3 was still far
     * from converged after 3 epochs (validation NDCG@10 0.0147 against 0.0365 at 2e-3). Runs with
     * the same seed met a non-finite loss at random (epoch 11, epoch 1, never): the trainer skips such
     * batches (see SasRecTrainer). docs/benchmarks.md (recommend-beauty) has the runs.
     */
    public static SasRecConfig defaults() {
        return new SasRecConfig(50, 64, 2, 1, 0.3f, 2e-3f, 0f, 128, 200, 10, 42);
    }

    public SasRecConfig withMaxLength(int length) {
        return new SasRecConfig(length, hiddenSize, blocks, heads, dropout, learningRate, weightDecay, batchSize,
                maxEpochs, patience, seed);
    }

    public SasRecConfig withBlocks(int count) {
        return new SasRecConfig(maxLength, hiddenSize, count, heads, dropout, learningRate, weightDecay, batchSize,
                maxEpochs, patience, seed);
    }

    public SasRecConfig withHeads(int count) {
        return new SasRecConfig(maxLength, hiddenSize, blocks, count, dropout, learningRate, weightDecay, batchSize,
                maxEpochs, patience, seed);
    }

    public SasRecConfig withWeightDecay(float decay) {
        return new SasRecConfig(maxLength, hiddenSize, blocks, heads, dropout, learningRate, decay, batchSize,
                maxEpochs, patience, seed);
    }

    public SasRecConfig withHiddenSize(int size) {
        return new SasRecConfig(maxLength, size, blocks, heads, dropout, learningRate, weightDecay, batchSize,
                maxEpochs, patience, seed);
    }

    public SasRecConfig withDropout(float rate) {
        return new SasRecConfig(maxLength, hiddenSize, blocks, heads, rate, learningRate, weightDecay, batchSize,
                maxEpochs, patience, seed);
    }

    public SasRecConfig withLearningRate(float rate) {
        return new SasRecConfig(maxLength, hiddenSize, blocks, heads, dropout, rate, weightDecay, batchSize,
                maxEpochs, patience, seed);
    }

    public SasRecConfig withBatchSize(int size) {
        return new SasRecConfig(maxLength, hiddenSize, blocks, heads, dropout, learningRate, weightDecay, size,
                maxEpochs, patience, seed);
    }

    public SasRecConfig withMaxEpochs(int epochs) {
        return new SasRecConfig(maxLength, hiddenSize, blocks, heads, dropout, learningRate, weightDecay, batchSize,
                epochs, patience, seed);
    }

    public SasRecConfig withPatience(int epochs) {
        return new SasRecConfig(maxLength, hiddenSize, blocks, heads, dropout, learningRate, weightDecay, batchSize,
                maxEpochs, epochs, seed);
    }

    public SasRecConfig withSeed(long newSeed) {
        return new SasRecConfig(maxLength, hiddenSize, blocks, heads, dropout, learningRate, weightDecay, batchSize,
                maxEpochs, patience, newSeed);
    }
}
