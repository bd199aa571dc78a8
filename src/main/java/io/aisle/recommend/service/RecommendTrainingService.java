package io.aisle.recommend.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.recommend.config.RecommendConfig;
import io.aisle.recommend.model.PopularityRecommender;
import io.aisle.recommend.model.RankingEvaluation;
import io.aisle.recommend.model.RankingMetrics;
import io.aisle.recommend.model.SasRecConfig;
import io.aisle.recommend.model.SasRecModel;
import io.aisle.recommend.model.SasRecTrainer;
import io.aisle.recommend.model.SasRecTrainingResult;
import io.aisle.recommend.repository.InteractionRepository;
import io.aisle.recommend.repository.InteractionRepository.Sequences;
import io.aisle.recommend.repository.RecRunRepository;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The retraining run: read customers' sequences from the event log, train a SASRec model with early stopping on
 * each customer's newest item, evaluate it, the active version and a popularity baseline on those same cases,
 * and register it; it becomes active (with its item and customer vectors, atomically) only if its validation
 * NDCG@10 is not worse than the active version's. A failed run changes nothing but its own record.
 */
@ApplicationScoped
public class RecommendTrainingService {

    private final InteractionRepository interactions;
    private final RecRunRepository runs;
    private final ActiveRecommender active;
    private final ModelPublisher publisher;
    private final RecommendConfig config;
    private final ObjectMapper mapper;
    private final ReentrantLock running = new ReentrantLock();

    public RecommendTrainingService(InteractionRepository interactions, RecRunRepository runs, ActiveRecommender active,
                                    ModelPublisher publisher, RecommendConfig config, ObjectMapper mapper) {
        this.interactions = interactions;
        this.runs = runs;
        this.active = active;
        this.publisher = publisher;
        this.config = config;
        this.mapper = mapper;
    }

    @Scheduled(cron = "{aisle.recommend.retrain-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        retrain("schedule", config.model().toSasRec());
    }

    /** @return null when another run is in progress */
    public RecRunReport retrain(String trigger, SasRecConfig hyperParameters) {
        if (!running.tryLock()) {
            return null;
        }
        try {
            return run(trigger, hyperParameters);
        } finally {
            running.unlock();
        }
    }

    private RecRunReport run(String trigger, SasRecConfig hyperParameters) {
        long started = System.nanoTime();
        long runId;
        try {
            runId = runs.start(trigger);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record a recommender run", e);
        }
        try {
            RecRunReport report = train(runId, hyperParameters, started);
            runs.finish(runId, report.outcome(), report.modelVersionId(), mapper.writeValueAsString(report), null);
            Log.infof("recommender run %d %s: version=%d sequences=%d items=%d ndcg10 candidate=%.4f active=%s",
                    runId, report.outcome(), report.modelVersionId(), report.sequences(), report.items(),
                    report.candidate().ndcg10(), report.active() == null ? "none" : report.active().ndcg10());
            return report;
        } catch (Exception e) {
            Log.errorf(e, "recommender run %d failed; the active version is unchanged", runId);
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            try {
                runs.finish(runId, "failed", null, "{}", error);
            } catch (SQLException recordFailure) {
                Log.errorf(recordFailure, "could not record the failure of recommender run %d", runId);
            }
            return RecRunReport.failed(runId, error, RecRunReport.seconds(started));
        }
    }

    private RecRunReport train(long runId, SasRecConfig hyperParameters, long started) throws Exception {
        long eventsSeq = interactions.latestSeq();
        Sequences sequences = interactions.customerSequences(config.eventTypes(), eventsSeq);
        TrainingData data = TrainingData.of(sequences.byCustomer(), config.minSequenceLength(),
                config.validationShare(), hyperParameters.seed());
        if (data.training().size() < 2 || data.itemCount() < 2) {
            throw new IllegalStateException("not enough interactions to learn from: " + data.training().size()
                    + " sequences of at least " + config.minSequenceLength() + " items, " + data.itemCount() + " items");
        }
        SasRecTrainingResult result = SasRecTrainer.train(data.itemCount(), data.training(), data.validation(),
                hyperParameters);
        try (SasRecModel model = result.model()) {
            RankingMetrics candidate = result.validation();
            RankingMetrics popularity = RankingEvaluation.evaluate(
                    PopularityRecommender.fit(data.itemCount(), data.training()), data.itemCount(), data.validation());
            Optional<ServingModel> serving = active.get();
            RankingMetrics activeMetrics = serving.isEmpty() ? null : RankingEvaluation.evaluate(
                    new RemappedRecommender(serving.get(), data.productIdByIndex()), data.itemCount(), data.validation());
            boolean promote = activeMetrics == null
                    || candidate.ndcg10() >= activeMetrics.ndcg10() - config.promotionTolerance();
            RecRunReport report = new RecRunReport(runId, promote ? "promoted" : "kept_active", null,
                    data.training().size(), data.itemCount(), eventsSeq, candidate, activeMetrics, popularity,
                    result.epochs(), result.bestEpoch(), result.secondsPerEpoch(), hyperParameters, null,
                    RecRunReport.seconds(started));
            long versionId = publisher.publish(model, data, sequences, report, promote);
            return report.withVersion(versionId, RecRunReport.seconds(started));
        }
    }
}
