package io.aisle.recommend.model;

import java.util.Arrays;
import java.util.List;

/**
 * Full-ranking evaluation: every case's target is ranked against all items, not a sample of
 * negatives (sampled metrics can reorder models; Krichene &amp; Rendle 2020). Items already in the
 * case's history are removed from the ranking, as in the S3-Rec evaluation code, for every model
 * alike. Ties are broken towards the lower item index, the same order the top-10 lists use.
 */
public final class RankingEvaluation {

    /** Cases scored at once: bounds the score matrix to CHUNK x (itemCount + 1) floats. */
    private static final int CHUNK = 256;
    private static final int TOP = 10;
    private static final int WIDE_TOP = 20;

    private RankingEvaluation() {
    }

    public static RankingMetrics evaluate(SequentialRecommender model, int itemCount, List<EvalCase> cases) {
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("no cases to evaluate");
        }
        long[] exposure = new long[itemCount + 1];
        double hr10 = 0, ndcg10 = 0, hr20 = 0, ndcg20 = 0;
        for (int from = 0; from < cases.size(); from += CHUNK) {
            List<EvalCase> chunk = cases.subList(from, Math.min(cases.size(), from + CHUNK));
            float[][] scores = model.scores(chunk.stream().map(EvalCase::history).toList());
            for (int i = 0; i < chunk.size(); i++) {
                float[] s = excludeHistory(scores[i], chunk.get(i).history());
                int rank = rank(s, chunk.get(i).target());
                double gain = 1 / (Math.log(rank + 1.0) / Math.log(2));
                if (rank <= WIDE_TOP) {
                    hr20++;
                    ndcg20 += gain;
                }
                if (rank <= TOP) {
                    hr10++;
                    ndcg10 += gain;
                }
                for (int item : top(s, TOP)) {
                    exposure[item]++;
                }
            }
        }
        int n = cases.size();
        return new RankingMetrics(hr10 / n, ndcg10 / n, hr20 / n, ndcg20 / n, coverage(exposure), gini(exposure), n);
    }

    /**
     * The scores with padding and the history's items set to -infinity (a copy). So are NaN
     * scores (a diverged model): they would otherwise compare as neither better nor worse and
     * put a NaN target first.
     */
    private static float[] excludeHistory(float[] scores, int[] history) {
        float[] s = scores.clone();
        for (int item = 0; item < s.length; item++) {
            if (Float.isNaN(s[item])) {
                s[item] = Float.NEGATIVE_INFINITY;
            }
        }
        s[0] = Float.NEGATIVE_INFINITY;
        for (int item : history) {
            s[item] = Float.NEGATIVE_INFINITY;
        }
        return s;
    }

    /** 1-based rank of {@code target}; an excluded target is never found (Integer.MAX_VALUE). */
    static int rank(float[] scores, int target) {
        float t = scores[target];
        if (t == Float.NEGATIVE_INFINITY) {
            return Integer.MAX_VALUE;
        }
        int rank = 1;
        for (int item = 1; item < scores.length; item++) {
            if (scores[item] > t || (scores[item] == t && item < target)) {
                rank++;
            }
        }
        return rank;
    }

    /** The {@code k} best items, best first, ties to the lower index; excluded items never appear. */
    static int[] top(float[] scores, int k) {
        int[] best = new int[k];
        int size = 0;
        for (int item = 1; item < scores.length; item++) {
            if (scores[item] == Float.NEGATIVE_INFINITY || (size == k && !(scores[item] > scores[best[k - 1]]))) {
                continue;
            }
            // insertion into the sorted list; a later item with an equal score goes after the earlier one
            int pos = size == k ? k - 1 : size++;
            while (pos > 0 && scores[best[pos - 1]] < scores[item]) {
                best[pos] = best[pos - 1];
                pos--;
            }
            best[pos] = item;
        }
        return Arrays.copyOf(best, size);
    }

    private static double coverage(long[] exposure) {
        long shown = Arrays.stream(exposure, 1, exposure.length).filter(c -> c > 0).count();
        return (double) shown / (exposure.length - 1);
    }

    /** Gini coefficient of items 1..n: sum_i (2i - n - 1) x_(i) / (n sum x), x sorted ascending. */
    static double gini(long[] exposure) {
        long[] x = Arrays.copyOfRange(exposure, 1, exposure.length);
        Arrays.sort(x);
        int n = x.length;
        double weighted = 0, total = 0;
        for (int i = 0; i < n; i++) {
            weighted += (2.0 * (i + 1) - n - 1) * x[i];
            total += x[i];
        }
        return total == 0 ? 0 : weighted / (n * total);
    }
}
