package io.aisle.recommend.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The standard split of sequential recommendation: each user's last item is the test target,
 * the second last the validation target, the rest training. Users with fewer than 3 items have
 * nothing to hold out and go to training whole.
 *
 * @param training   per user, the items before the validation item (whole sequences of short users)
 * @param validation per user, the training items and the second last item to predict
 * @param test       per user, all items but the last and the last item to predict
 */
public record LeaveOneOutSplit(List<int[]> training, List<EvalCase> validation, List<EvalCase> test) {

    /** @param sequences one item sequence per user, in time order */
    public static LeaveOneOutSplit of(List<int[]> sequences) {
        List<int[]> training = new ArrayList<>(sequences.size());
        List<EvalCase> validation = new ArrayList<>(sequences.size());
        List<EvalCase> test = new ArrayList<>(sequences.size());
        for (int[] items : sequences) {
            int n = items.length;
            if (n < 3) {
                training.add(items.clone());
                continue;
            }
            training.add(Arrays.copyOf(items, n - 2));
            validation.add(new EvalCase(Arrays.copyOf(items, n - 2), items[n - 2]));
            test.add(new EvalCase(Arrays.copyOf(items, n - 1), items[n - 1]));
        }
        return new LeaveOneOutSplit(List.copyOf(training), List.copyOf(validation), List.copyOf(test));
    }
}
