package io.aisle.llm.text;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A model directory's Hugging Face tokenizer (tokenizer.json through DJL's native tokenizers) for
 * rendered chat prompts: nothing is added, truncated or padded, and special-token text in the
 * prompt (such as {@code <|im_start|>}) becomes its single id because tokenizers matches added
 * tokens before the model sees the text.
 */
public final class ModelTokenizer implements TokenDecoder, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HuggingFaceTokenizer tokenizer;
    private final Map<String, Integer> ids;
    private final Set<Integer> eosIds;

    private ModelTokenizer(HuggingFaceTokenizer tokenizer, Map<String, Integer> ids, Set<Integer> eosIds) {
        this.tokenizer = tokenizer;
        this.ids = ids;
        this.eosIds = eosIds;
    }

    public static ModelTokenizer load(Path modelDir) {
        try {
            JsonNode tokenizerJson = JSON.readTree(modelDir.resolve("tokenizer.json").toFile());
            Map<String, Integer> ids = tokenIds(tokenizerJson);
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(modelDir.resolve("tokenizer.json"),
                    Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false"));
            return new ModelTokenizer(tokenizer, ids, eosIds(modelDir, ids));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the tokenizer of " + modelDir, e);
        }
    }

    public int[] encode(String text) {
        long[] encoded = tokenizer.encode(text).getIds();
        int[] out = new int[encoded.length];
        for (int i = 0; i < encoded.length; i++) {
            out[i] = Math.toIntExact(encoded[i]);
        }
        return out;
    }

    /** The text of the ids without special tokens; a multi-byte character cut off at the end shows as U+FFFD. */
    @Override
    public String decode(int[] tokenIds) {
        long[] wide = new long[tokenIds.length];
        for (int i = 0; i < tokenIds.length; i++) {
            wide[i] = tokenIds[i];
        }
        return tokenizer.decode(wide, true);
    }

    /** The id of a vocabulary entry or added token, written as in tokenizer.json. */
    public int tokenId(String token) {
        Integer id = ids.get(token);
        if (id == null) {
            throw new IllegalArgumentException("no token " + token + " in this vocabulary");
        }
        return id;
    }

    /** Ids that end a reply: generation_config.json's eos_token_id plus tokenizer_config.json's eos_token. */
    public Set<Integer> eosIds() {
        return eosIds;
    }

    /** The number of ids the tokenizer can produce (vocabulary plus added tokens). */
    public int size() {
        return ids.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    }

    @Override
    public void close() {
        tokenizer.close();
    }

    private static Map<String, Integer> tokenIds(JsonNode tokenizerJson) {
        Map<String, Integer> ids = new HashMap<>();
        tokenizerJson.path("model").path("vocab").fields().forEachRemaining(e -> ids.put(e.getKey(), e.getValue().asInt()));
        tokenizerJson.path("added_tokens").forEach(t -> ids.put(t.path("content").asText(), t.path("id").asInt()));
        return ids;
    }

    private static Set<Integer> eosIds(Path modelDir, Map<String, Integer> ids) throws IOException {
        Set<Integer> eos = new LinkedHashSet<>();
        Path generation = modelDir.resolve("generation_config.json");
        if (Files.exists(generation)) {
            JsonNode node = JSON.readTree(generation.toFile()).path("eos_token_id");
            if (node.isArray()) {
                node.forEach(id -> eos.add(id.asInt()));
            } else if (node.isInt()) {
                eos.add(node.asInt());
            }
        }
        Path config = modelDir.resolve("tokenizer_config.json");
        if (Files.exists(config)) {
            String eosToken = TokenizerConfig.tokenText(JSON.readTree(config.toFile()).path("eos_token"));
            if (eosToken != null && ids.containsKey(eosToken)) {
                eos.add(ids.get(eosToken));
            }
        }
        return Collections.unmodifiableSet(eos);
    }
}
