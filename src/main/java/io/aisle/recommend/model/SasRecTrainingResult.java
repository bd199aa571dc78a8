package io.aisle.recommend.model;

import java.time.Duration;

/**
 * A trained SASRec (the weights of its best validation epoch) and how training went.
 *
 * @param epochs          epochs run before early stopping or the epoch limit
 * @param bestEpoch       1-based epoch whose weights were kept
 * @param validation      the validation metrics at {@code bestEpoch}
 * @param trainingTime    wall time of the whole training, validation included
 * @param secondsPerEpoch mean wall time of one pass over the training sequences, validation excluded
 */
public record SasRecTrainingResult(SasRecModel model, int epochs, int bestEpoch, RankingMetrics validation,
                                   Duration trainingTime, double secondsPerEpoch) {
}
