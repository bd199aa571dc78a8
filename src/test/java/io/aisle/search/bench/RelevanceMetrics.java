package io.aisle.search.bench;

import io.aisle.search.bench.JudgedSet.Grade;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranking metrics against graded judgements. Unjudged results count as Irrelevant.
 * <ul>
 *   <li>nDCG@10: DCG = sum over ranks i = 1..10 of gain(i) / log2(i + 1), gains Exact 1, Partial 0.5, else 0;
 *       divided by the DCG of the ideal ranking of all the query's judged items (top 10).</li>
 *   <li>MRR: 1 / rank of the first Exact result within the ranking (depth 50), 0 when none.</li>
 *   <li>recall@50: judged Exact + Partial items found in the top 50, over all judged Exact + Partial items.</li>
 * </ul>
 */
final class RelevanceMetrics {

    static final int NDCG_DEPTH = 10;
    static final int RECALL_DEPTH = 50;

    private RelevanceMetrics() {
    }

    static double ndcg(List<String> ranking, Map<String, Grade> judged, int k) {
        double ideal = dcg(idealGains(judged), k);
        if (ideal == 0) {
            return Double.NaN;
        }
        List<Double> gains = new ArrayList<>();
        for (String key : ranking) {
            Grade g = judged.get(key);
            gains.add(g == null ? 0.0 : g.gain);
        }
        return dcg(gains, k) / ideal;
    }

    static double reciprocalRank(List<String> ranking, Map<String, Grade> judged, int depth) {
        for (int i = 0; i < Math.min(depth, ranking.size()); i++) {
            if (judged.get(ranking.get(i)) == Grade.E) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    static double recall(List<String> ranking, Map<String, Grade> judged, int depth) {
        long relevant = judged.values().stream().filter(g -> g != Grade.I).count();
        if (relevant == 0) {
            return Double.NaN;
        }
        long found = ranking.stream().limit(depth).filter(key -> {
            Grade g = judged.get(key);
            return g != null && g != Grade.I;
        }).count();
        return (double) found / relevant;
    }

    private static List<Double> idealGains(Map<String, Grade> judged) {
        return judged.values().stream().map(g -> g.gain).sorted(Comparator.reverseOrder()).toList();
    }

    private static double dcg(List<Double> gains, int k) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, gains.size()); i++) {
            sum += gains.get(i) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
