package io.aisle.assistant.intent;

import io.aisle.embedding.TextEmbedder;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains on the fixed training split and measures on the held-out utterances: the served classifier (softmax
 * regression, with and without its confidence threshold) next to the nearest-centroid baseline on the same vectors.
 */
public record IntentEvaluation(ClassificationMetrics softmax, ClassificationMetrics softmaxWithThreshold,
                               ClassificationMetrics centroid, List<String> mistakes, int trainSize) {

    public static IntentEvaluation run(TextEmbedder embedder, double threshold) {
        IntentDataset data = IntentDataset.load();
        IntentModel model = IntentModel.train(embedder, data.train(), threshold);
        float[][] trainX = embeddings(embedder, data.train());
        NearestCentroid centroid = NearestCentroid.fit(trainX, IntentModel.labels(data.train()), Intent.values().length);
        float[][] testX = embeddings(embedder, data.heldOut());

        List<Intent> truth = new ArrayList<>();
        List<Intent> bySoftmax = new ArrayList<>();
        List<Intent> withThreshold = new ArrayList<>();
        List<Intent> byCentroid = new ArrayList<>();
        List<String> mistakes = new ArrayList<>();
        for (int i = 0; i < data.heldOut().size(); i++) {
            LabelledUtterance u = data.heldOut().get(i);
            IntentPrediction p = model.classify(u.text());
            truth.add(u.intent());
            bySoftmax.add(p.intent());
            // below the threshold the assistant says it did not understand: scored as out of scope
            withThreshold.add(p.confident() ? p.intent() : Intent.OUT_OF_SCOPE);
            byCentroid.add(Intent.values()[centroid.predict(testX[i])]);
            if (p.intent() != u.intent()) {
                mistakes.add("\"" + u.text() + "\": " + u.intent().wireName() + " read as " + p.intent().wireName()
                        + String.format(java.util.Locale.ROOT, " (%.2f)", p.confidence()));
            }
        }
        return new IntentEvaluation(ClassificationMetrics.of(truth, bySoftmax), ClassificationMetrics.of(truth, withThreshold),
                ClassificationMetrics.of(truth, byCentroid), mistakes, data.train().size());
    }

    /** The baseline sees sentence embeddings only (lower-cased, as the classifier's). */
    private static float[][] embeddings(TextEmbedder embedder, List<LabelledUtterance> examples) {
        return embedder.embedAll(examples.stream().map(e -> e.text().strip().toLowerCase(java.util.Locale.ROOT)).toList())
                .toArray(float[][]::new);
    }
}
