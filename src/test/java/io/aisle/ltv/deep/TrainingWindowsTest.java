package io.aisle.ltv.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.aisle.ltv.features.CustomerHistory;
import io.aisle.ltv.features.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingWindowsTest {

    private static final Instant END = day("2024-07-01");

    private static Instant day(String date) {
        return Instant.parse(date + "T00:00:00Z");
    }

    private static final List<CustomerHistory> CUSTOMERS = List.of(
            new CustomerHistory("early", List.of(new Transaction(day("2024-01-05"), 10, 1),
                    new Transaction(day("2024-04-10"), 25, 1), new Transaction(day("2024-06-20"), 40, 1))),
            new CustomerHistory("late", List.of(new Transaction(day("2024-03-25"), 15, 1),
                    new Transaction(day("2024-05-02"), 30, 1))),
            new CustomerHistory("after", List.of(new Transaction(day("2024-06-25"), 99, 1))));

    @Test
    void theLatestLabelWindowEndsWhereScoringStartsAndEarlierOnesStepBack() {
        TrainingWindows windows = new TrainingWindows(Duration.ofDays(30), Duration.ofDays(40), 3);

        List<TrainingSnapshot> snapshots = windows.snapshots(CUSTOMERS, END);

        assertEquals(List.of(day("2024-06-01"), day("2024-04-22"), day("2024-03-13")),
                snapshots.stream().map(s -> s.population().cutoff()).toList());
        // Jun 1: both acquired; early buys 40 on Jun 20 within [Jun 1, Jul 1), late nothing
        assertArrayEquals(new double[] {40, 0}, snapshots.get(0).labels());
        // Apr 22: late's May 2 order falls in [Apr 22, May 22)
        assertArrayEquals(new double[] {0, 30}, snapshots.get(1).labels());
        // Mar 13: late is not acquired yet; early's Apr 10 order is in [Mar 13, Apr 12)
        assertEquals(List.of("early"), snapshots.get(2).population().histories().stream()
                .map(CustomerHistory::customerId).toList());
        assertArrayEquals(new double[] {25}, snapshots.get(2).labels());
    }

    @Test
    void cutoffsBeforeAnyCustomerWasAcquiredAreLeftOut() {
        TrainingWindows windows = new TrainingWindows(Duration.ofDays(30), Duration.ofDays(60), 5);

        assertEquals(3, windows.snapshots(CUSTOMERS, END).size());
    }

    @Test
    void aSingleWindowIsTheClassicOneCutoffTrainingSet() {
        List<TrainingSnapshot> snapshots = TrainingWindows.single(Duration.ofDays(30)).snapshots(CUSTOMERS, END);

        assertEquals(1, snapshots.size());
        assertEquals(2, snapshots.get(0).size());
    }

    @Test
    void rejectsEmptyWindowsAndMismatchedLabels() {
        assertThrows(IllegalArgumentException.class, () -> new TrainingWindows(Duration.ZERO, Duration.ofDays(1), 1));
        assertThrows(IllegalArgumentException.class, () -> new TrainingWindows(Duration.ofDays(1), Duration.ofDays(1), 0));
        TrainingSnapshot two = TrainingSnapshot.of(CUSTOMERS, END, END);
        assertThrows(IllegalArgumentException.class, () -> new TrainingSnapshot(two.population(), new double[1]));
    }
}
