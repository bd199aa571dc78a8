package io.aisle.recommend.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SasRecModelTest {

    private static final int ITEMS = 20;
    private static final int A = 1;
    private static final int B = 2;
    private static final SasRecConfig TINY = new SasRecConfig(10, 16, 1, 2, 0.1f, 1e-2f, 0f, 32, 15, 15, 7);

    private static LeaveOneOutSplit split;
    private static SasRecTrainingResult trained;

    /** Random items 3..20, with A followed by B planted somewhere in every sequence. */
    @BeforeAll
    static void trainOnAPlantedPattern() {
        Random random = new Random(1);
        List<int[]> sequences = new ArrayList<>();
        for (int u = 0; u < 300; u++) {
            int[] s = new int[7];
            for (int t = 0; t < s.length; t++) {
                s[t] = 3 + random.nextInt(ITEMS - 2);
            }
            int at = random.nextInt(s.length - 1);
            s[at] = A;
            s[at + 1] = B;
            sequences.add(s);
        }
        split = LeaveOneOutSplit.of(sequences);
        trained = SasRecTrainer.train(ITEMS, split.training(), split.validation(), TINY);
    }

    @AfterAll
    static void close() {
        trained.model().close();
    }

    @Test
    void afterItemAItRanksItemBFirst() {
        for (int[] history : List.of(new int[] {5, 9, A}, new int[] {A}, new int[] {12, 3, 17, 8, A})) {
            int[] top = RankingEvaluation.top(trained.model().scores(history), 1);
            assertEquals(B, top[0], "top item after " + java.util.Arrays.toString(history));
        }
    }

    @Test
    void scoresAreTheDotProductOfUserVectorAndItemEmbedding() {
        int[] history = {4, 6, A};
        float[] user = trained.model().userVectors(List.of(history))[0];
        float[][] items = trained.model().itemEmbeddings();
        float[] scores = trained.model().scores(history);
        assertEquals(ITEMS + 1, items.length);
        assertEquals(TINY.hiddenSize(), user.length);
        for (int i = 1; i <= ITEMS; i++) {
            float dot = 0;
            for (int k = 0; k < user.length; k++) {
                dot += user[k] * items[i][k];
            }
            assertEquals(scores[i], dot, 1e-4f);
        }
    }

    @Test
    void bytesRoundTripToIdenticalScores() {
        try (SasRecModel copy = SasRecModel.fromBytes(trained.model().toBytes())) {
            assertEquals(TINY, copy.config());
            assertArrayEquals(trained.model().scores(new int[] {3, 4, 5}), copy.scores(new int[] {3, 4, 5}));
        }
    }

    @Test
    void theSameSeedGivesTheSameScores() {
        SasRecConfig short_ = TINY.withMaxEpochs(2);
        try (SasRecModel first = SasRecTrainer.train(ITEMS, split.training(), split.validation(), short_).model();
             SasRecModel second = SasRecTrainer.train(ITEMS, split.training(), split.validation(), short_).model()) {
            assertArrayEquals(first.scores(new int[] {7, 8}), second.scores(new int[] {7, 8}));
        }
    }

    @Test
    void trainingStopsEarlyAndKeepsTheBestEpoch() {
        assertTrue(trained.bestEpoch() >= 1 && trained.bestEpoch() <= trained.epochs());
        assertTrue(trained.validation().hr10() > 0.5, "validation HR@10 " + trained.validation().hr10());
    }
}
