package io.aisle.recommend.service;

import io.aisle.recommend.model.RankingMetrics;
import io.aisle.recommend.model.SasRecConfig;

/**
 * What a retraining run did. Metrics are on the validation cases (each customer's newest item, full ranking
 * over all items): the candidate, the active version before the run (null when there was none) and the
 * popularity baseline, all on the same cases.
 */
public record RecRunReport(long runId, String outcome, Long modelVersionId, int sequences, int items, long eventsSeq,
                           RankingMetrics candidate, RankingMetrics active, RankingMetrics popularity, int epochs,
                           int bestEpoch, double secondsPerEpoch, SasRecConfig hyperParameters, String error,
                           double seconds) {

    static RecRunReport failed(long runId, String error, double seconds) {
        return new RecRunReport(runId, "failed", null, 0, 0, 0, null, null, null, 0, 0, 0, null, error, seconds);
    }

    RecRunReport withVersion(long versionId, double totalSeconds) {
        return new RecRunReport(runId, outcome, versionId, sequences, items, eventsSeq, candidate, active, popularity,
                epochs, bestEpoch, secondsPerEpoch, hyperParameters, error, totalSeconds);
    }

    static double seconds(long startedNanos) {
        return Math.round((System.nanoTime() - startedNanos) / 1e7) / 100.0;
    }
}
