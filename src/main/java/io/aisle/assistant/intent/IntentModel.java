package io.aisle.assistant.intent;

import io.aisle.embedding.TextEmbedder;
import java.util.List;

/** A message's features ({@link MessageFeatures}) fed to a softmax regression over the intents. Immutable, thread-safe. */
public final class IntentModel {

    static final int EPOCHS = 60;
    static final double RATE = 0.5;
    static final double L2 = 1e-4;

    private final TextEmbedder embedder;
    private final SoftmaxRegression regression;
    private final double threshold;

    private IntentModel(TextEmbedder embedder, SoftmaxRegression regression, double threshold) {
        this.embedder = embedder;
        this.regression = regression;
        this.threshold = threshold;
    }

    public static IntentModel train(TextEmbedder embedder, List<LabelledUtterance> examples, double threshold) {
        float[][] x = features(embedder, examples);
        return new IntentModel(embedder, SoftmaxRegression.fit(x, labels(examples), Intent.values().length, EPOCHS, RATE,
                L2), threshold);
    }

    public IntentPrediction classify(String message) {
        double[] p = regression.predict(MessageFeatures.of(embedder, List.of(message))[0]);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return new IntentPrediction(Intent.values()[best], p[best], p[best] >= threshold);
    }

    static float[][] features(TextEmbedder embedder, List<LabelledUtterance> examples) {
        return MessageFeatures.of(embedder, examples.stream().map(LabelledUtterance::text).toList());
    }

    static int[] labels(List<LabelledUtterance> examples) {
        return examples.stream().mapToInt(e -> e.intent().ordinal()).toArray();
    }
}
