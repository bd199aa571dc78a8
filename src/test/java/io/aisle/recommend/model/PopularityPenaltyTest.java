package io.aisle.recommend.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PopularityPenaltyTest {

    private static final SequentialRecommender FIXED = history -> new float[] {0, 3, 2, 1};

    @Test
    void interactionsCountEveryOccurrenceInTraining() {
        assertArrayEquals(new long[] {0, 2, 1, 0}, PopularityPenalty.interactions(3, List.of(new int[] {1, 2}, new int[] {1})));
    }

    @Test
    void weightZeroKeepsTheScoresAndAPenaltyDemotesPopularItems() {
        long[] interactions = {0, 100, 0, 0};
        assertArrayEquals(FIXED.scores(new int[0]), PopularityPenalty.of(FIXED, interactions, 0).scores(new int[0]));
        float[] penalised = PopularityPenalty.of(FIXED, interactions, 1).scores(new int[0]);
        assertEquals(3 - Math.log(101), penalised[1], 1e-6);
        assertEquals(2, penalised[2], 1e-6);
        assertArrayEquals(new int[] {2, 3, 1}, RankingEvaluation.top(penalised, 3));
    }

    @Test
    void batchAndSingleScoringAgree() {
        PopularityPenalty p = PopularityPenalty.of(FIXED, new long[] {0, 5, 1, 0}, 0.5);
        assertArrayEquals(p.scores(new int[] {1}), p.scores(List.of(new int[] {1}))[0]);
        assertTrue(p.scores(new int[0])[1] < 3);
    }
}
