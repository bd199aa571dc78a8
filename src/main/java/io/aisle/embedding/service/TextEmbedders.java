package io.aisle.embedding.service;

import io.aisle.embedding.TextEmbedder;
import io.aisle.embedding.config.EmbeddingConfig;
import io.aisle.embedding.onnx.OnnxModel;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedding models this app can run, each loaded once on first use. Search uses the configured one
 * ({@link #active()}); evaluations and benchmarks may ask for any other by name.
 */
@ApplicationScoped
public class TextEmbedders {

    private final String activeName;
    private final Map<String, TextEmbedder> loaded = new ConcurrentHashMap<>();

    public TextEmbedders(EmbeddingConfig config) {
        this.activeName = config.model().strip();
    }

    /** The configured model ({@code aisle.embedding.model}). */
    public TextEmbedder active() {
        return byName(activeName);
    }

    public String activeName() {
        return activeName;
    }

    /** Names that {@link #byName} accepts. */
    public List<String> available() {
        return OnnxModel.names();
    }

    public boolean isAvailable(String name) {
        return OnnxModel.byName(name).isPresent();
    }

    /** @throws IllegalArgumentException for a name that is not one of {@link #available()} */
    public TextEmbedder byName(String name) {
        OnnxModel model = OnnxModel.byName(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown embedding model '" + name + "'; available: " + String.join(", ", available())));
        return loaded.computeIfAbsent(model.modelName(), n -> {
            long started = System.nanoTime();
            TextEmbedder embedder = model.load();
            Log.infof("embedding model %s (%d-d) loaded in %d ms", n, embedder.dimension(),
                    (System.nanoTime() - started) / 1_000_000);
            return embedder;
        });
    }
}
