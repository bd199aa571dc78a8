package io.aisle.assistant.intent;

import io.aisle.assistant.config.AssistantConfig;
import io.aisle.embedding.service.TextEmbedders;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Grounded mode's intent classifier, trained on the repo's labelled utterances (all of them) with the configured
 * embedding model the first time it is needed (about a second).
 */
@ApplicationScoped
public class IntentClassifier {

    private final TextEmbedders embedders;
    private final double threshold;
    private volatile IntentModel model;

    public IntentClassifier(TextEmbedders embedders, AssistantConfig config) {
        this.embedders = embedders;
        this.threshold = config.intentThreshold();
    }

    public IntentPrediction classify(String message) {
        return model().classify(message);
    }

    private IntentModel model() {
        IntentModel current = model;
        if (current == null) {
            synchronized (this) {
                if (model == null) {
                    long started = System.nanoTime();
                    IntentDataset data = IntentDataset.load();
                    model = IntentModel.train(embedders.active(), data.all(), threshold);
                    Log.infof("intent classifier trained on %d utterances in %d ms", data.all().size(),
                            (System.nanoTime() - started) / 1_000_000);
                }
                current = model;
            }
        }
        return current;
    }
}
