package io.aisle.console.review.service;

import io.aisle.console.review.repository.DashboardRepository;
import io.aisle.console.review.repository.DashboardRepository.Bucket;
import io.aisle.console.review.repository.DashboardRepository.Figures;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The review dashboard: volume, handoff and resolution rates, guardrail triggers, latency and tokens over time. */
@ApplicationScoped
public class DashboardService {

    /**
     * One bucket (or the whole range). Rates are shares of the conversations started in the bucket (null when
     * none started); latency and tokens are those of the assistant's answers logged in it.
     */
    public record Point(OffsetDateTime start, long conversations, Double handoffRate, Double resolutionRate,
                        long guardrailTriggers, long answers, Double latencyP50Ms, Double latencyP95Ms,
                        long inputTokens, long outputTokens) {

        static Point of(Figures f) {
            return new Point(f.start(), f.conversations(), rate(f.handedOff(), f.conversations()),
                    rate(f.resolved(), f.conversations()), f.guardrailTriggers(), f.answers(), f.latencyP50Ms(),
                    f.latencyP95Ms(), f.inputTokens(), f.outputTokens());
        }

        private static Double rate(long part, long whole) {
            return whole == 0 ? null : (double) part / whole;
        }
    }

    public record Dashboard(OffsetDateTime from, OffsetDateTime to, String bucket, Point total,
                            Map<String, Long> guardrailTriggersByFlag, List<Point> series) {
    }

    private final DashboardRepository figures;

    public DashboardService(DashboardRepository figures) {
        this.figures = figures;
    }

    public Dashboard dashboard(OffsetDateTime from, OffsetDateTime to, Bucket bucket) throws SQLException {
        return new Dashboard(from, to, bucket.name().toLowerCase(java.util.Locale.ROOT), Point.of(figures.total(from, to)),
                figures.triggersByFlag(from, to), figures.series(from, to, bucket).stream().map(Point::of).toList());
    }
}
