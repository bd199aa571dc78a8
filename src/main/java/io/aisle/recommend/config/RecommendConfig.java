package io.aisle.recommend.config;

import io.aisle.recommend.model.SasRecConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "aisle.recommend")
public interface RecommendConfig {

    /** Which logged interactions make up a customer's sequence (event types, in time order). */
    @WithDefault("purchase,add_to_cart")
    List<String> eventTypes();

    /** Customers with fewer items than this are left out of training (they still get recommendations). */
    @WithDefault("3")
    int minSequenceLength();

    /**
     * Share of customers whose newest item is held out to validate each training (early stopping, and the
     * promotion gate); the others train on their whole sequence.
     */
    @WithDefault("0.2")
    double validationShare();

    Model model();

    /** A candidate replaces the active model unless its validation NDCG@10 is lower than the active model's on the same cases by more than this. */
    @WithDefault("0.0")
    double promotionTolerance();

    /** Trending items for cold start: interactions in this many days before the newest event. */
    @WithDefault("7")
    int trendingDays();

    /**
     * Diversity re-ranking: weight of the popularity penalty (score − weight · ln(1 + training interactions));
     * 0 (the default) serves the model's own order. See the recommend-demo-store benchmark for its trade-off.
     */
    @WithDefault("0")
    double popularityPenalty();

    /** How long a trending list (per filter set) is served before it is counted again. */
    @WithDefault("PT1M")
    Duration trendingCache();

    /** HNSW ef_search for item lookups (raised to the number of candidates asked for). */
    @WithDefault("100")
    int efSearch();

    /** When the scheduled retraining runs (Quarkus cron, or "off"). */
    String retrainCron();

    /** Train at start-up when no model is active yet (on in the demo profile). */
    @WithDefault("false")
    boolean trainOnStart();

    /** Log a rec_impression event for every answer (off the request thread). */
    @WithDefault("true")
    boolean logImpressions();

    /**
     * SASRec hyper-parameters; each one unset keeps the value tuned on Amazon Beauty ({@link SasRecConfig#defaults()},
     * see docs/benchmarks.md).
     */
    interface Model {
        Optional<Integer> maxLength();

        Optional<Integer> hiddenSize();

        Optional<Integer> blocks();

        Optional<Integer> heads();

        Optional<Float> dropout();

        Optional<Float> learningRate();

        Optional<Float> weightDecay();

        Optional<Integer> batchSize();

        Optional<Integer> maxEpochs();

        Optional<Integer> patience();

        Optional<Long> seed();

        default SasRecConfig toSasRec() {
            SasRecConfig d = SasRecConfig.defaults();
            return new SasRecConfig(maxLength().orElse(d.maxLength()), hiddenSize().orElse(d.hiddenSize()),
                    blocks().orElse(d.blocks()), heads().orElse(d.heads()), dropout().orElse(d.dropout()),
                    learningRate().orElse(d.learningRate()), weightDecay().orElse(d.weightDecay()),
                    batchSize().orElse(d.batchSize()), maxEpochs().orElse(d.maxEpochs()),
                    patience().orElse(d.patience()), seed().orElse(d.seed()));
        }
    }
}
