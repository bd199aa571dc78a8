package io.aisle.recommend.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aisle.recommend.model.EvalCase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingDataTest {

    @Test
    void itemsAreNumberedByProductIdRepeatsCollapseAndShortSequencesAreLeftOut() {
        Map<String, List<Long>> sequences = new LinkedHashMap<>();
        sequences.put("a", List.of(30L, 30L, 10L, 20L));
        sequences.put("b", List.of(20L, 20L, 20L)); // one item after collapsing
        TrainingData data = TrainingData.of(sequences, 3, 0.0, 1);
        assertArrayEquals(new long[] {0, 10, 20, 30}, data.productIdByIndex());
        assertEquals(3, data.itemCount());
        assertEquals(1, data.training().size());
    }

    @Test
    void validationCustomersTrainWithoutTheirNewestItemAndAtLeastOneValidates() {
        Map<String, List<Long>> sequences = new LinkedHashMap<>();
        sequences.put("a", List.of(1L, 2L, 3L));
        sequences.put("b", List.of(3L, 2L, 1L));
        TrainingData none = TrainingData.of(sequences, 3, 0.0, 1);
        assertEquals(1, none.validation().size(), "one customer validates even at share 0");
        EvalCase only = none.validation().get(0);
        assertArrayEquals(new int[] {3, 2}, only.history());
        assertEquals(1, only.target());
        assertArrayEquals(new int[] {1, 2, 3}, none.training().get(0), "the other trains on the whole sequence");
        assertArrayEquals(new int[] {3, 2}, none.training().get(1));

        TrainingData all = TrainingData.of(sequences, 3, 1.0, 1);
        assertEquals(2, all.validation().size());
        assertArrayEquals(new int[] {1, 2}, all.training().get(0));
    }

    @Test
    void whoValidatesDependsOnlyOnTheCustomerAndSeed() {
        int held = 0;
        for (int i = 0; i < 10_000; i++) {
            boolean first = TrainingData.validates("customer-" + i, 42, 0.2);
            assertEquals(first, TrainingData.validates("customer-" + i, 42, 0.2));
            held += first ? 1 : 0;
        }
        assertTrue(held > 1_850 && held < 2_150, held + " of 10,000 held out at share 0.2");
    }
}
