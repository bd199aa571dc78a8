package io.aisle.recommend.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeaveOneOutSplitTest {

    @Test
    void lastItemIsTestSecondLastIsValidationAndShortUsersTrainWhole() {
        LeaveOneOutSplit split = LeaveOneOutSplit.of(List.of(new int[] {1, 2, 3, 4}, new int[] {5, 6}, new int[] {7, 8, 9}));

        assertEquals(3, split.training().size());
        assertArrayEquals(new int[] {1, 2}, split.training().get(0));
        assertArrayEquals(new int[] {5, 6}, split.training().get(1));
        assertArrayEquals(new int[] {7}, split.training().get(2));

        assertEquals(2, split.validation().size());
        assertArrayEquals(new int[] {1, 2}, split.validation().get(0).history());
        assertEquals(3, split.validation().get(0).target());
        assertArrayEquals(new int[] {7}, split.validation().get(1).history());
        assertEquals(8, split.validation().get(1).target());

        assertEquals(2, split.test().size());
        assertArrayEquals(new int[] {1, 2, 3}, split.test().get(0).history());
        assertEquals(4, split.test().get(0).target());
        assertArrayEquals(new int[] {7, 8}, split.test().get(1).history());
        assertEquals(9, split.test().get(1).target());
    }
}
