package io.aisle.embedding.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * The text a product is embedded from: title, category, attribute values and description, in that order
 * (the models read only the first few hundred tokens, so the most telling parts come first). Its SHA-256
 * is stored with the vector: a product is re-embedded exactly when this text changes.
 */
public final class ProductText {

    private ProductText() {
    }

    public static String of(String title, String categoryPath, Map<String, Object> attributes, String description,
                            int maxChars) {
        StringBuilder text = new StringBuilder(256);
        append(text, title);
        if (categoryPath != null && !categoryPath.isBlank()) {
            append(text, "Category: " + categoryPath.strip());
        }
        if (attributes != null && !attributes.isEmpty()) {
            StringBuilder attrs = new StringBuilder();
            attributes.forEach((key, value) -> {
                if (value != null && !(value instanceof Map) && !(value instanceof Iterable)) {
                    if (!attrs.isEmpty()) {
                        attrs.append(", ");
                    }
                    attrs.append(key).append(": ").append(value);
                }
            });
            append(text, attrs.toString());
        }
        append(text, description);
        String collapsed = text.toString().replaceAll("\\s+", " ").strip();
        return collapsed.length() <= maxChars ? collapsed : collapsed.substring(0, maxChars);
    }

    public static byte[] hash(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    private static void append(StringBuilder text, String part) {
        if (part == null || part.isBlank()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append(". ");
        }
        text.append(part.strip());
    }
}
