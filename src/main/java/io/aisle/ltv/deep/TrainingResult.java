package io.aisle.ltv.deep;

import java.time.Duration;

/**
 * A trained network (the parameters of its best validation epoch) and how training went.
 *
 * @param epochs             epochs run before early stopping or the epoch limit
 * @param bestEpoch          1-based epoch whose parameters were kept
 * @param validationLoss     mean ZILN loss on the validation rows at {@code bestEpoch}
 */
public record TrainingResult(ZilnNetwork network, int epochs, int bestEpoch, double validationLoss,
                             Duration duration) {
}
