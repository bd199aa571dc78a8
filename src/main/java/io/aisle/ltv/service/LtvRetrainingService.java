package io.aisle.ltv.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.ltv.config.LtvConfig;
import io.aisle.ltv.metrics.LtvMetrics;
import io.aisle.ltv.model.CustomerSummary;
import io.aisle.ltv.model.Transaction;
import io.aisle.ltv.repository.CustomerScoreRepository;
import io.aisle.ltv.repository.CustomerHistoryRepository;
import io.aisle.ltv.deep.ZilnModel;
import io.aisle.ltv.deep.ZilnModelCodec;
import io.aisle.ltv.deep.ZilnPrediction;
import io.aisle.ltv.features.CustomerHistory;
import io.aisle.ltv.repository.LtvModelRepository;
import io.aisle.ltv.repository.LtvRunRepository;
import io.aisle.ltv.repository.OrderHistoryRepository;
import io.aisle.ltv.repository.OrderHistoryRepository.OrderHistory;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The retraining run: read orders and activity, evaluate a fresh BG/NBD + Gamma-Gamma fit and a
 * fresh deep (ZILN) model on the latest holdout window, and if the better of the two is not worse
 * than the active model serving values, register both, retrain them on the latest data and rescore
 * every customer, all in one transaction. Whatever fails, the active models and scores stay as they were.
 */
@ApplicationScoped
public class LtvRetrainingService {

    private final OrderHistoryRepository orders;
    private final LtvModelRepository models;
    private final LtvRunRepository runs;
    private final CustomerScoreRepository scores;
    private final CustomerHistoryRepository histories;
    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final LtvConfig config;
    private final ReentrantLock running = new ReentrantLock();

    public LtvRetrainingService(OrderHistoryRepository orders, LtvModelRepository models, LtvRunRepository runs,
                                CustomerScoreRepository scores, CustomerHistoryRepository histories, DataSource dataSource,
                                ObjectMapper mapper, LtvConfig config) {
        this.orders = orders;
        this.models = models;
        this.runs = runs;
        this.scores = scores;
        this.histories = histories;
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.config = config;
    }

    @Scheduled(cron = "{aisle.ltv.retrain-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        retrain("schedule", null);
    }

    /** @return null when another run is in progress */
    public RunReport retrain(String trigger, LocalDate asOfOverride) {
        if (!running.tryLock()) {
            return null;
        }
        try {
            return run(trigger, asOfOverride);
        } finally {
            running.unlock();
        }
    }

    private RunReport run(String trigger, LocalDate asOfOverride) {
        long started = System.nanoTime();
        long runId;
        try {
            runId = runs.start(trigger);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot record an LTV run", e);
        }
        Progress progress = new Progress();
        try {
            RunReport report = train(runId, asOfOverride, progress, started);
            runs.finish(runId, report.outcome(), report.customers(), report.orders(), mapper.writeValueAsString(report), null);
            Log.infof("ltv run %d %s: customers=%d valueModel=%s candidate=%s active=%s", runId, report.outcome(),
                    report.customers(), report.valueModel(), report.candidate(), report.active());
            return report;
        } catch (Exception e) {
            Log.errorf(e, "ltv run %d failed; the active model and scores are unchanged", runId);
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            try {
                runs.finish(runId, "failed", progress.customers, progress.orders, "{}", error);
            } catch (java.sql.SQLException recordFailure) {
                e.addSuppressed(recordFailure);
                Log.errorf(recordFailure, "could not record the failure of ltv run %d", runId);
            }
            return new RunReport(runId, "failed", progress.asOf, progress.cutoff, progress.customers, progress.orders,
                    null, null, null, null, null, error, seconds(started));
        }
    }

    private RunReport train(long runId, LocalDate asOfOverride, Progress progress, long started) throws Exception {
        OrderHistory history = orders.load(config.storeZone());
        List<Transaction> transactions = history.transactions();
        progress.orders = transactions.size();
        if (transactions.isEmpty()) {
            throw new IllegalStateException("there are no orders to learn from");
        }
        LocalDate asOf = asOfOverride != null ? asOfOverride : config.asOf()
                .orElseGet(() -> transactions.stream().map(Transaction::date).max(Comparator.naturalOrder()).orElseThrow());
        LocalDate cutoff = asOf.minusWeeks(config.holdoutWeeks());
        progress.asOf = asOf;
        progress.cutoff = cutoff;
        // the calibration includes the cutoff day; the deep model's windows are [start of day, start of day)
        Instant holdoutStart = cutoff.plusDays(1).atStartOfDay(config.storeZone()).toInstant();
        Instant end = asOf.plusDays(1).atStartOfDay(config.storeZone()).toInstant();

        ProbabilisticLtv.Evaluation probabilistic = ProbabilisticLtv.evaluate(transactions, cutoff, asOf);
        List<CustomerHistory> histories = this.histories.load();
        DeepLtv.Evaluation deep = DeepLtv.evaluate(histories, holdoutStart, end);
        boolean deepWins = deep.metrics().gini() > probabilistic.metrics().gini();
        LtvMetrics candidate = deepWins ? deep.metrics() : probabilistic.metrics();
        LtvMetrics active = bestActiveMetrics();
        boolean promote = new PromotionPolicy(config.promotionTolerance()).promote(candidate, active);

        List<CustomerSummary> customers = ProbabilisticLtv.summariesAsOf(transactions, asOf);
        progress.customers = customers.size();
        Map<String, Object> evaluations = Map.of(ProbabilisticLtv.KIND, probabilistic.metrics(), DeepLtv.KIND, deep.metrics());
        long servingVersion;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                servingVersion = promote
                        ? promoteAndScore(c, probabilistic, deep, customers, histories, history.customerIds(), cutoff, asOf, end, deepWins)
                        : registerRejected(c, probabilistic, deep, cutoff, asOf, deepWins);
                c.commit();
            } catch (Exception e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        return new RunReport(runId, promote ? "promoted" : "kept_active", asOf, cutoff, customers.size(),
                transactions.size(), candidate, active, evaluations, deepWins ? DeepLtv.KIND : ProbabilisticLtv.KIND,
                servingVersion, null, seconds(started));
    }

    private long promoteAndScore(Connection c, ProbabilisticLtv.Evaluation probabilistic, DeepLtv.Evaluation deep,
                                 List<CustomerSummary> customers, List<CustomerHistory> histories, Map<String, Long> ids,
                                 LocalDate cutoff, LocalDate asOf, Instant end, boolean deepWins) throws Exception {
        ProbabilisticLtv.Fitted fitted = ProbabilisticLtv.fit(customers);
        ProbabilisticLtv.Scores bg = ProbabilisticLtv.score(fitted, customers, config.horizonMonths(), config.monthlyDiscountRate());
        Duration window = Duration.ofDays(7L * config.holdoutWeeks());
        Map<String, CustomerHistory> byId = histories.stream().collect(Collectors.toMap(CustomerHistory::customerId, h -> h));
        List<CustomerHistory> scored = customers.stream().map(s -> byId.get(s.customerId())).toList();
        long bgVersion = register(c, ProbabilisticLtv.KIND, cutoff, asOf, customers.size(),
                Map.of("scoring", fitted.params(), "evaluated", probabilistic.fitted().params()), null, probabilistic.metrics(), true);
        try (ZilnModel model = DeepLtv.trainForScoring(histories, end, window)) {
            ZilnPrediction[] predictions = DeepLtv.predict(model, scored, end);
            long deepVersion = register(c, DeepLtv.KIND, cutoff, asOf, deep.customers(),
                    Map.of("features", DeepLtv.FEATURES, "windowWeeks", config.holdoutWeeks()), ZilnModelCodec.toBytes(model),
                    deep.metrics(), true);
            double deepToHorizon = config.horizonMonths() * ProbabilisticLtv.SCALE.unitsPerMonth() / config.holdoutWeeks();
            LtvScorer scorer = new LtvScorer(mapper, config.newCustomerDays() / 7.0, deepWins, deepToHorizon);
            scores.write(c, deepWins ? deepVersion : bgVersion, scorer.scores(bg, predictions, ids, bgVersion, deepVersion));
            return deepWins ? deepVersion : bgVersion;
        }
    }

    private long registerRejected(Connection c, ProbabilisticLtv.Evaluation probabilistic, DeepLtv.Evaluation deep,
                                  LocalDate cutoff, LocalDate asOf, boolean deepWins) throws Exception {
        long bgVersion = register(c, ProbabilisticLtv.KIND, cutoff, asOf, probabilistic.customers(),
                Map.of("evaluated", probabilistic.fitted().params()), null, probabilistic.metrics(), false);
        long deepVersion = register(c, DeepLtv.KIND, cutoff, asOf, deep.customers(),
                Map.of("features", DeepLtv.FEATURES, "windowWeeks", config.holdoutWeeks()), null, deep.metrics(), false);
        return deepWins ? deepVersion : bgVersion;
    }

    private long register(Connection c, String kind, LocalDate cutoff, LocalDate asOf, int customers, Map<String, Object> params,
                          byte[] artifact, LtvMetrics metrics, boolean activate) throws Exception {
        return models.insert(c, kind, cutoff.atStartOfDay(config.storeZone()).toInstant(),
                asOf.atStartOfDay(config.storeZone()).toInstant(), customers, mapper.writeValueAsString(params), artifact,
                mapper.writeValueAsString(metrics), activate);
    }

    /** The metrics of the active model that serves values: the active version with the best holdout Gini. */
    private LtvMetrics bestActiveMetrics() throws Exception {
        LtvMetrics best = null;
        for (var version : models.active()) {
            LtvMetrics m = mapper.readValue(version.metricsJson(), LtvMetrics.class);
            if (best == null || m.gini() > best.gini()) {
                best = m;
            }
        }
        return best;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** What a run had found out before it failed, for its record. */
    private static final class Progress {
        LocalDate asOf;
        LocalDate cutoff;
        int customers;
        int orders;
    }
}
