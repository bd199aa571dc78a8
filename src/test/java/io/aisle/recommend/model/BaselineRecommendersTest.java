package io.aisle.recommend.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineRecommendersTest {

    private static final List<int[]> TRAINING = List.of(new int[] {1, 2}, new int[] {1, 2, 3}, new int[] {3, 4});

    @Test
    void popularityScoresAreInteractionCounts() {
        assertArrayEquals(new float[] {0, 2, 2, 2, 1}, PopularityRecommender.fit(4, TRAINING).scores(new int[] {4}));
    }

    @Test
    void itemKnnSumsCosineCoOccurrenceOfTheNearestNeighbours() {
        // users: n1 = 2, n2 = 2, n3 = 2, n4 = 1; co(1,2) = 2, co(1,3) = 1, co(2,3) = 1, co(3,4) = 1
        float[] oneNeighbour = ItemKnnRecommender.fit(4, TRAINING, 1).scores(new int[] {1, 3});
        // 1's nearest is 2 (2 / 2 = 1); 3's nearest is 4 (1 / sqrt 2) over 1 and 2 (1 / 2)
        assertArrayEquals(new float[] {0, 0, 1, 0, (float) (1 / Math.sqrt(2))}, oneNeighbour, 1e-6f);

        float[] all = ItemKnnRecommender.fit(4, TRAINING, 10).scores(new int[] {1, 3});
        assertEquals(1 + 0.5, all[2], 1e-6); // from 1 and from 3
        assertEquals(0.5, all[1], 1e-6);     // from 3
        assertEquals(0.5, all[3], 1e-6);     // from 1
    }

    @Test
    void popularityPenaltySubtractsWeightTimesLogOfOnePlusCount() {
        SequentialRecommender flat = history -> new float[] {0, 1, 1, 1, 1};
        float[] s = PopularityPenaltyReranker.of(flat, 4, TRAINING, 0.5f).scores(new int[] {1});
        // counts 2, 2, 2, 1
        float two = (float) (1 - 0.5 * Math.log(3));
        assertArrayEquals(new float[] {0, two, two, two, (float) (1 - 0.5 * Math.log(2))}, s, 1e-6f);
    }
}
