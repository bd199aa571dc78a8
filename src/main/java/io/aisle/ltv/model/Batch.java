package io.aisle.ltv.model;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/** Scores many customers at once: each is independent, so they are spread over the cores. */
final class Batch {

    private Batch() {
    }

    static <T> double[] map(List<T> items, ToDoubleFunction<T> score) {
        double[] scores = new double[items.size()];
        IntStream.range(0, scores.length).parallel().forEach(i -> scores[i] = score.applyAsDouble(items.get(i)));
        return scores;
    }
}
