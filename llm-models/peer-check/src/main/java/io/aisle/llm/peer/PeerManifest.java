package io.aisle.llm.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What our runtime computed for some generated models, written by the main project's Java 17 test
 * for jlama to recompute. The format is described in this project's README.
 */
public record PeerManifest(List<Model> models) {

    /** One model directory (Hugging Face layout) and the cases run on it. */
    public record Model(Path dir, String architecture, List<Case> cases) {
    }

    /**
     * One prompt: {@code logits} holds our logits for the last {@code logits.length} prompt
     * positions (one row of vocabulary size each, last row = last prompt position), {@code greedy}
     * our greedy continuation (argmax, exactly that many tokens, no stop on EOS).
     */
    public record Case(int[] prompt, float[][] logits, int[] greedy) {
        public Case {
            if (prompt.length == 0) {
                throw new IllegalArgumentException("A case needs at least one prompt token");
            }
            if (logits.length == 0 && greedy.length == 0) {
                throw new IllegalArgumentException("A case needs logits or a greedy continuation to compare");
            }
            if (logits.length > prompt.length) {
                throw new IllegalArgumentException(logits.length + " logit rows for a prompt of " + prompt.length + " tokens");
            }
        }

        /** The prompt position that logit row {@code row} belongs to. */
        public int positionOfRow(int row) {
            return prompt.length - logits.length + row;
        }
    }

    public static PeerManifest read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Path base = file.toAbsolutePath().getParent();
        List<Model> models = new ArrayList<>();
        for (JsonNode model : required(root, "models")) {
            List<Case> cases = new ArrayList<>();
            for (JsonNode c : required(model, "cases")) {
                cases.add(new Case(ints(required(c, "prompt")), logitRows(c.get("logits")), ints(c.get("greedy"))));
            }
            Path dir = base.resolve(required(model, "dir").asText()).normalize();
            JsonNode architecture = model.get("architecture");
            models.add(new Model(dir, architecture == null ? "" : architecture.asText(), cases));
        }
        return new PeerManifest(models);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("Manifest entry lacks \"" + field + "\": " + abbreviated(node));
        }
        return value;
    }

    /** A flat array is the last position's row; an array of arrays gives rows for the last positions. */
    private static float[][] logitRows(JsonNode logits) {
        if (logits == null || logits.isNull() || logits.isEmpty()) {
            return new float[0][];
        }
        if (!logits.get(0).isArray()) {
            return new float[][] {floats(logits)};
        }
        float[][] rows = new float[logits.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = floats(logits.get(i));
        }
        return rows;
    }

    private static float[] floats(JsonNode array) {
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) array.get(i).asDouble();
        }
        return values;
    }

    private static int[] ints(JsonNode array) {
        if (array == null || array.isNull()) {
            return new int[0];
        }
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asInt();
        }
        return values;
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
