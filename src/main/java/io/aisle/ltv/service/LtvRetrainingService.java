package io.aisle.ltv.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.ltv.config.LtvConfig;
import io.aisle.ltv.metrics.LtvMetrics;
import io.aisle.ltv.model.CustomerSummary;
import io.aisle.ltv.model.Transaction;
import io.aisle.ltv.repository.CustomerScoreRepository;
import io.aisle.ltv.repository.CustomerScoreRepository.Score;
import io.aisle.ltv.repository.LtvModelRepository;
import io.aisle.ltv.repository.LtvRunRepository;
import io.aisle.ltv.repository.OrderHistoryRepository;
import io.aisle.ltv.repository.OrderHistoryRepository.OrderHistory;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * The retraining run: read orders, evaluate a fresh BG/NBD + Gamma-Gamma fit on the latest holdout
 * window, and if it is not worse than the active model, register it and rescore every customer in
 * one transaction. Whatever fails, the active model and the scores stay as they were.
 */
@ApplicationScoped
public class LtvRetrainingService {

    private final OrderHistoryRepository orders;
    private final LtvModelRepository models;
    private final LtvRunRepository runs;
    private final CustomerScoreRepository scores;
    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final LtvConfig config;
    private final ReentrantLock running = new ReentrantLock();

    public LtvRetrainingService(OrderHistoryRepository orders, LtvModelRepository models, LtvRunRepository runs,
                                CustomerScoreRepository scores, DataSource dataSource, ObjectMapper mapper, LtvConfig config) {
        this.orders = orders;
        this.models = models;
        this.runs = runs;
        this.scores = scores;
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
            Log.infof("ltv run %d %s: customers=%d candidate=%s active=%s", runId, report.outcome(), report.customers(),
                    report.candidate(), report.active());
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
                    null, null, null, error, seconds(started));
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

        ProbabilisticLtv.Evaluation candidate = ProbabilisticLtv.evaluate(transactions, cutoff, asOf);
        LtvMetrics activeMetrics = activeMetrics();
        boolean promote = new PromotionPolicy(config.promotionTolerance()).promote(candidate.metrics(), activeMetrics);

        List<CustomerSummary> customers = ProbabilisticLtv.summariesAsOf(transactions, asOf);
        progress.customers = customers.size();
        ProbabilisticLtv.Fitted scoring = promote ? ProbabilisticLtv.fit(customers) : candidate.fitted();
        String params = mapper.writeValueAsString(Map.of("scoring", scoring.params(),
                "evaluated", candidate.fitted().params(), "asOf", asOf.toString(), "cutoff", cutoff.toString()));
        long versionId;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                versionId = models.insert(c, ProbabilisticLtv.KIND, cutoff.atStartOfDay().toInstant(ZoneOffset.UTC),
                        asOf.atStartOfDay().toInstant(ZoneOffset.UTC), customers.size(), params,
                        mapper.writeValueAsString(candidate.metrics()), promote);
                if (promote) {
                    scores.write(c, versionId, scoresOf(scoring, customers, history.customerIds(), versionId));
                }
                c.commit();
            } catch (Exception e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        return new RunReport(runId, promote ? "promoted" : "kept_active", asOf, cutoff, customers.size(),
                transactions.size(), candidate.metrics(), activeMetrics, versionId, null, seconds(started));
    }

    private List<Score> scoresOf(ProbabilisticLtv.Fitted fitted, List<CustomerSummary> customers,
                                 Map<String, Long> customerIds, long versionId) throws Exception {
        ProbabilisticLtv.Scores s = ProbabilisticLtv.score(fitted, customers, config.horizonMonths(), config.monthlyDiscountRate());
        CustomerSummary[] summaries = customers.toArray(CustomerSummary[]::new);
        String[] tiers = ValueTiers.assign(s.value(), summaries, config.newCustomerDays() / 7.0);
        List<Score> out = new ArrayList<>(summaries.length);
        for (int i = 0; i < summaries.length; i++) {
            String drivers = mapper.writeValueAsString(Drivers.of(summaries[i], s.expectedPurchases()[i], s.alive()[i]));
            out.add(new Score(customerIds.get(summaries[i].customerId()), s.value()[i], s.expectedPurchases()[i],
                    s.alive()[i], ValueTiers.churnRisk(s.expectedPurchases()[i]), tiers[i], drivers, versionId));
        }
        return out;
    }

    private LtvMetrics activeMetrics() throws Exception {
        var active = models.active(ProbabilisticLtv.KIND);
        return active.isEmpty() ? null : mapper.readValue(active.get().metricsJson(), LtvMetrics.class);
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
