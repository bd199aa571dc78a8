package io.aisle.ltv.service;

import io.aisle.ltv.deep.ZilnConfig;
import io.aisle.ltv.deep.ZilnModel;
import io.aisle.ltv.deep.ZilnPrediction;
import io.aisle.ltv.features.CustomerHistory;
import io.aisle.ltv.features.FeatureBuilder;
import io.aisle.ltv.features.FeatureConfig;
import io.aisle.ltv.metrics.LtvMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The zero-inflated lognormal network: trained on features at one cutoff with the value of the
 * following window (as long as the holdout) as label, so it predicts the value of the next window.
 */
final class DeepLtv {

    static final String KIND = "ziln";
    static final FeatureConfig FEATURES = new FeatureConfig(8, true);

    record Evaluation(LtvMetrics metrics, int customers) {
    }

    private DeepLtv() {
    }

    /** Trains with the window before {@code cutoff} as label and scores the holdout {@code [cutoff, end)}. */
    static Evaluation evaluate(List<CustomerHistory> histories, Instant cutoff, Instant end) {
        Duration window = Duration.between(cutoff, end);
        List<CustomerHistory> test = before(histories, cutoff);
        try (ZilnModel model = train(histories, cutoff.minus(window), cutoff)) {
            double[] predicted = model.expectedValues(test, cutoff);
            return new Evaluation(LtvMetrics.of(FeatureBuilder.labels(test, cutoff, end), predicted), test.size());
        }
    }

    /** A model trained on the most recent complete window, for scoring as of {@code end}. */
    static ZilnModel trainForScoring(List<CustomerHistory> histories, Instant end, Duration window) {
        return train(histories, end.minus(window), end);
    }

    static ZilnPrediction[] predict(ZilnModel model, List<CustomerHistory> customers, Instant asOf) {
        return model.predict(customers, asOf);
    }

    static List<CustomerHistory> before(List<CustomerHistory> histories, Instant cutoff) {
        return histories.stream().filter(h -> h.hasTransactionBefore(cutoff)).toList();
    }

    private static ZilnModel train(List<CustomerHistory> histories, Instant featuresAt, Instant labelsUntil) {
        List<CustomerHistory> train = before(histories, featuresAt);
        if (train.size() < 50) {
            throw new IllegalStateException("only " + train.size() + " customers bought before " + featuresAt
                    + "; too few to train the deep model");
        }
        double[] labels = FeatureBuilder.labels(train, featuresAt, labelsUntil);
        return ZilnModel.fit(train, featuresAt, labels, FEATURES, ZilnConfig.defaults()).model();
    }
}
