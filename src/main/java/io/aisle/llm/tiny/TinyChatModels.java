package io.aisle.llm.tiny;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.llm.text.ModelFamily;
import io.aisle.llm.text.TinyTokenizerWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Complete chat models with random weights: the family's tokenizer and chat template, and weights
 * whose vocabulary and special tokens match it as the published configs do (Qwen2.5: BOS is its
 * end-of-text token, EOS its end-of-turn token; Llama 3.2: three EOS tokens).
 */
public final class TinyChatModels {

    private TinyChatModels() {
    }

    /** The tiny model of the family (Qwen2.5 → Qwen2 with biases, Llama 3.2 → Llama with rope scaling). */
    public static Path write(ModelFamily family, Path dir) {
        return write(family, family == ModelFamily.QWEN2_5 ? TinyModelSpec.tinyQwen2() : TinyModelSpec.tinyLlama(), dir);
    }

    /** A model of the given shape, with the family's tokenizer (the spec's vocabulary is replaced). */
    public static Path write(ModelFamily family, TinyModelSpec shape, Path dir) {
        TinyTokenizerWriter.write(dir, family);
        // ids read from tokenizer.json itself: loading the native tokenizer here would tie its library
        // to this class loader (a test profile's), not the app's
        Map<String, Integer> added = addedTokenIds(dir);
        boolean qwen = family == ModelFamily.QWEN2_5;
        int bos = added.get(qwen ? "<|endoftext|>" : "<|begin_of_text|>");
        List<String> eos = qwen ? List.of("<|im_end|>") : List.of("<|end_of_text|>", "<|eom_id|>", "<|eot_id|>");
        int vocab = Math.max(shape.vocabSize(), TinyTokenizerWriter.vocabSize(family));
        TinyModelWriter.write(shape.withVocabulary(vocab, bos, eos.stream().map(added::get).toList()), dir);
        return dir;
    }

    private static Map<String, Integer> addedTokenIds(Path dir) {
        try {
            JsonNode tokenizer = new ObjectMapper().readTree(dir.resolve("tokenizer.json").toFile());
            Map<String, Integer> ids = new HashMap<>();
            tokenizer.path("added_tokens").forEach(t -> ids.put(t.path("content").asText(), t.path("id").asInt()));
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokenizer written to " + dir, e);
        }
    }
}
