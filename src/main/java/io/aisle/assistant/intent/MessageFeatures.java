package io.aisle.assistant.intent;

import io.aisle.embedding.TextEmbedder;
import io.aisle.search.query.Words;
import java.util.List;
import java.util.Locale;

/**
 * A message as numbers: its sentence embedding (meaning) followed by hashed words and character trigrams
 * (surface cues such as "cheaper", "vs", "like it", and misspellings of them), each part of unit length.
 */
final class MessageFeatures {

    static final int BUCKETS = 1024;

    private MessageFeatures() {
    }

    static float[][] of(TextEmbedder embedder, List<String> messages) {
        List<String> texts = messages.stream().map(MessageFeatures::normalise).toList();
        List<float[]> embeddings = embedder.embedAll(texts);
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            float[] e = embeddings.get(i);
            float[] v = new float[e.length + BUCKETS];
            System.arraycopy(e, 0, v, 0, e.length);
            surface(texts.get(i), v, e.length);
            out[i] = v;
        }
        return out;
    }

    private static void surface(String text, float[] v, int offset) {
        for (Words.Token token : Words.tokens(text)) {
            String word = token.word();
            v[offset + bucket("w:" + word)] += 1;
            String padded = "<" + word + ">";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                v[offset + bucket("c:" + padded.substring(i, i + 3))] += 0.5f;
            }
        }
        double sum = 0;
        for (int i = offset; i < v.length; i++) {
            sum += v[i] * v[i];
        }
        if (sum > 0) {
            float scale = (float) (1 / Math.sqrt(sum));
            for (int i = offset; i < v.length; i++) {
                v[i] *= scale;
            }
        }
    }

    private static int bucket(String feature) {
        return Math.floorMod(feature.hashCode(), BUCKETS);
    }

    /** Shoppers' casing carries no intent. */
    private static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
