package io.aisle.search.bench;

import io.aisle.search.bench.JudgedSet.Grade;
import io.aisle.search.bench.JudgedSet.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/** Per-query metrics of one ranking set-up over a judged query set, and their means. */
final class RelevanceEvaluation {

    /** Metrics of one query; NaN where the query carries no signal (no Exact/Partial, or no Exact for MRR). */
    record PerQuery(Query query, double ndcg, double rr, double recall, int judgedInTop10, int returned) {
    }

    record Summary(int queries, double ndcg, double mrr, double recall, double judgedAt10, int answerable) {
    }

    private RelevanceEvaluation() {
    }

    static PerQuery evaluate(Query q, List<String> ranking, Map<String, Grade> judged) {
        double ndcg = RelevanceMetrics.ndcg(ranking, judged, RelevanceMetrics.NDCG_DEPTH);
        boolean hasExact = judged.values().stream().anyMatch(g -> g == Grade.E);
        double rr = hasExact ? RelevanceMetrics.reciprocalRank(ranking, judged, RelevanceMetrics.RECALL_DEPTH) : Double.NaN;
        double recall = RelevanceMetrics.recall(ranking, judged, RelevanceMetrics.RECALL_DEPTH);
        int judgedTop = (int) ranking.stream().limit(10).filter(judged::containsKey).count();
        return new PerQuery(q, ndcg, rr, recall, judgedTop, ranking.size());
    }

    static Summary summarize(List<PerQuery> rows) {
        return summarize(rows, r -> true);
    }

    static Summary summarize(List<PerQuery> rows, Predicate<PerQuery> which) {
        List<PerQuery> sel = rows.stream().filter(which).toList();
        long top10 = sel.stream().mapToLong(r -> Math.min(10, r.returned())).sum();
        long judged = sel.stream().mapToLong(PerQuery::judgedInTop10).sum();
        return new Summary(sel.size(), mean(sel, PerQuery::ndcg), mean(sel, PerQuery::rr), mean(sel, PerQuery::recall),
                top10 == 0 ? Double.NaN : (double) judged / top10,
                (int) sel.stream().filter(r -> !Double.isNaN(r.ndcg())).count());
    }

    interface Metric {
        double of(PerQuery r);
    }

    static double mean(List<PerQuery> rows, Metric metric) {
        double sum = 0;
        int n = 0;
        for (PerQuery r : rows) {
            double v = metric.of(r);
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * Paired bootstrap over queries of mean(a) - mean(b) for a metric (queries where either is NaN left out).
     *
     * @return {mean difference, 2.5th percentile, 97.5th percentile}
     */
    static double[] pairedBootstrap(List<PerQuery> a, List<PerQuery> b, Metric metric, int resamples, long seed) {
        Map<String, Double> bv = new LinkedHashMap<>();
        b.forEach(r -> bv.put(r.query().id(), metric.of(r)));
        List<double[]> pairs = new ArrayList<>();
        for (PerQuery r : a) {
            Double other = bv.get(r.query().id());
            double mine = metric.of(r);
            if (other != null && !Double.isNaN(mine) && !Double.isNaN(other)) {
                pairs.add(new double[] {mine, other});
            }
        }
        double observed = pairs.stream().mapToDouble(p -> p[0] - p[1]).average().orElse(Double.NaN);
        Random random = new Random(seed);
        double[] means = new double[resamples];
        for (int i = 0; i < resamples; i++) {
            double sum = 0;
            for (int j = 0; j < pairs.size(); j++) {
                double[] p = pairs.get(random.nextInt(pairs.size()));
                sum += p[0] - p[1];
            }
            means[i] = sum / Math.max(1, pairs.size());
        }
        Arrays.sort(means);
        return new double[] {observed, means[(int) (0.025 * resamples)], means[(int) (0.975 * resamples) - 1]};
    }

    static String f3(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%+.1f%%", v * 100);
    }
}
