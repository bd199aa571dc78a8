package io.aisle.console.brief.service;

import io.aisle.console.brief.config.BriefConfig;
import io.aisle.console.brief.model.HandoffBrief.Summary;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The model's latest summary of each conversation, with a digest of the facts it was written from: a brief opened
 * again before anything new was said reuses it instead of asking the model again. In memory and bounded (least
 * recently used first out); each replica keeps its own.
 */
@ApplicationScoped
public class SummaryCache {

    private record Entry(byte[] factsDigest, Summary summary) {
    }

    private final Map<String, Entry> entries;

    public SummaryCache(BriefConfig config) {
        int capacity = config.cachedSummaries();
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized Optional<Summary> get(String conversationId, String factsJson) {
        Entry entry = entries.get(conversationId);
        return entry != null && Arrays.equals(entry.factsDigest(), digest(factsJson))
                ? Optional.of(entry.summary()) : Optional.empty();
    }

    public synchronized void put(String conversationId, String factsJson, Summary summary) {
        entries.put(conversationId, new Entry(digest(factsJson), summary));
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
