package io.aisle.recommend.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingEvaluationTest {

    private static final double EPS = 1e-12;

    /** 25 items, item 1 best, item 25 worst, whatever the history. */
    private static final SequentialRecommender DESCENDING = history -> {
        float[] s = new float[26];
        for (int i = 1; i <= 25; i++) {
            s[i] = 100 - i;
        }
        return s;
    };

    @Test
    void metricsOfAHandMadeExampleMatchTheHandComputedValues() {
        List<EvalCase> cases = List.of(
                new EvalCase(new int[] {1}, 3),     // 1 excluded: rank 2, top 10 = 2..11
                new EvalCase(new int[] {2}, 15),    // 1, 3..14 ahead: rank 14, top 10 = 1, 3..11
                new EvalCase(new int[] {1, 2}, 25), // rank 23: a miss, top 10 = 3..12
                new EvalCase(new int[] {4}, 1));    // rank 1, top 10 = 1, 2, 3, 5..11

        RankingMetrics m = RankingEvaluation.evaluate(DESCENDING, 25, cases);

        double log2of3 = Math.log(3) / Math.log(2);
        double log2of15 = Math.log(15) / Math.log(2);
        assertEquals(0.5, m.hr10(), EPS);
        assertEquals((1 / log2of3 + 1) / 4, m.ndcg10(), EPS);
        assertEquals(0.75, m.hr20(), EPS);
        assertEquals((1 / log2of3 + 1 / log2of15 + 1) / 4, m.ndcg20(), EPS);
        // shown: items 1..12
        assertEquals(12.0 / 25, m.coverage10(), EPS);
        // exposure sorted: 13 x 0, 1 (item 12), 2, 2 (items 1, 2), 3 (item 4), 8 x 4 (items 3, 5..11); total 40
        // sum (2i - 26) x_i = 2*1 + 4*2 + 6*2 + 8*3 + (10+12+...+24)*4 = 590; Gini = 590 / (25 * 40)
        assertEquals(0.59, m.exposureGini(), EPS);
        assertEquals(4, m.users());
    }

    @Test
    void tiesRankTheLowerItemIndexFirst() {
        float[] scores = {0, 1, 2, 2, 2, 0};
        assertArrayEquals(new int[] {2, 3, 4}, RankingEvaluation.top(scores, 3));
        assertEquals(2, RankingEvaluation.rank(scores, 3));
        assertEquals(3, RankingEvaluation.rank(scores, 4));
    }

    @Test
    void nanScoresRankLastAndAreNeverShown() {
        SequentialRecommender diverged = history -> new float[] {0, Float.NaN, Float.NaN, 1};
        RankingMetrics m = RankingEvaluation.evaluate(diverged, 3, List.of(new EvalCase(new int[] {}, 1)));
        assertEquals(0, m.hr10(), EPS);
        assertEquals(1.0 / 3, m.coverage10(), EPS); // only item 3 is shown
    }

    @Test
    void equalExposureHasGiniZeroAndAllOnOneItemHasGiniNearOne() {
        assertEquals(0, RankingEvaluation.gini(new long[] {0, 3, 3, 3, 3}), EPS);
        assertEquals(0.75, RankingEvaluation.gini(new long[] {0, 0, 0, 0, 8}), EPS); // (n - 1) / n
    }
}
