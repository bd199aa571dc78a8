package io.aisle.assistant.policy;

import io.aisle.assistant.config.AssistantConfig;
import io.aisle.embedding.TextEmbedder;
import io.aisle.embedding.service.TextEmbedders;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.List;

/**
 * The store's policies (shipping, returns, payment, warranty, privacy): loaded from the Markdown files shipped
 * with the app into the database, their passages embedded with the configured model, and searched by meaning.
 */
@ApplicationScoped
public class PolicyLibrary {

    private final PolicyRepository repository;
    private final TextEmbedders embedders;
    private final AssistantConfig.Policies config;

    public PolicyLibrary(PolicyRepository repository, TextEmbedders embedders, AssistantConfig config) {
        this.repository = repository;
        this.embedders = embedders;
        this.config = config.policies();
    }

    void onStart(@Observes StartupEvent event) throws SQLException {
        if (config.loadOnStart()) {
            load();
        }
    }

    /** Brings the stored documents and their vectors up to date with the shipped files; idempotent. */
    public synchronized void load() throws SQLException {
        int changed = 0;
        for (String topic : config.topics()) {
            PolicyDocument document = PolicyDocument.parse(topic, read(topic));
            if (repository.save(document, sha256(document.body()))) {
                changed++;
            }
        }
        TextEmbedder embedder = embedders.active();
        List<PolicyRepository.PendingPassage> pending = repository.withoutVector(embedder.modelName());
        if (!pending.isEmpty()) {
            repository.saveVectors(embedder.modelName(), pending,
                    embedder.embedAll(pending.stream().map(PolicyRepository.PendingPassage::text).toList()));
        }
        Log.infof("store policies: %d documents changed, %d passages embedded", changed, pending.size());
    }

    /** Passages that answer the question, best first; only those at least {@code min-similarity} alike. */
    public List<PolicyPassage> search(String question, int limit) {
        TextEmbedder embedder = embedders.active();
        try {
            return repository.nearest(embedder.modelName(), embedder.embedQuery(question), limit).stream()
                    .filter(p -> p.similarity() >= config.minSimilarity()).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("policy search failed", e);
        }
    }

    private static String read(String topic) {
        String path = "assistant/policies/" + topic + ".md";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("policy document " + path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
