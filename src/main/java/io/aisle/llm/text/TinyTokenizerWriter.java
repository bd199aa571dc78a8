package io.aisle.llm.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a real Hugging Face tokenizer for a tiny test model into a model directory: a byte-level
 * BPE learned from a built-in corpus of shop phrases, laid out like the family's published
 * tokenizer.json (Split pre-tokenizer with the family's regex, then ByteLevel without regex), the
 * family's added tokens right after the BPE vocabulary, and tokenizer_config.json carrying the
 * family's published chat template.
 *
 * <p>Templates (src/main/resources/llm/templates): Qwen2.5's is the chat_template of
 * Qwen/Qwen2.5-7B-Instruct's tokenizer_config.json; Llama 3.2's is llama.cpp's
 * models/templates/meta-llama-Llama-3.2-3B-Instruct.jinja, the chat_template of
 * meta-llama/Llama-3.2-3B-Instruct.
 */
public final class TinyTokenizerWriter {

    /** The BPE vocabulary size (bytes plus merges) used when none is asked for. */
    public static final int DEFAULT_BPE_SIZE = 512;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TinyTokenizerWriter() {
    }

    /** Total token count (BPE vocabulary plus added tokens): the model's vocab_size. */
    public static int vocabSize(ModelFamily family, int bpeSize) {
        return bpeSize + family.addedTokens.size();
    }

    public static int vocabSize(ModelFamily family) {
        return vocabSize(family, DEFAULT_BPE_SIZE);
    }

    /** Writes tokenizer.json, tokenizer_config.json, special_tokens_map.json and the token ids of generation_config.json. */
    public static void write(Path modelDir, ModelFamily family, int bpeSize) {
        BpeTrainer.Bpe bpe = BpeTrainer.train(resource("llm/tiny-tokenizer-corpus.txt"), family.splitRegex, bpeSize);
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (ModelFamily.AddedToken token : family.addedTokens) {
            ids.put(token.content(), bpeSize + ids.size());
        }
        try {
            Files.createDirectories(modelDir);
            JSON.writeValue(modelDir.resolve("tokenizer.json").toFile(), TokenizerJson.of(family, bpe, ids));
            JSON.writeValue(modelDir.resolve("tokenizer_config.json").toFile(), tokenizerConfig(family, ids));
            JSON.writeValue(modelDir.resolve("special_tokens_map.json").toFile(), specialTokensMap(family));
            writeGenerationTokenIds(modelDir.resolve("generation_config.json"), family, ids);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the tokenizer into " + modelDir, e);
        }
    }

    public static void write(Path modelDir, ModelFamily family) {
        write(modelDir, family, DEFAULT_BPE_SIZE);
    }

    /** The family's published chat template, as shipped in tokenizer_config.json. */
    public static String chatTemplate(ModelFamily family) {
        return resource(family.templateResource);
    }

    private static Map<String, Object> tokenizerConfig(ModelFamily family, Map<String, Integer> ids) {
        Map<String, Object> decoder = new LinkedHashMap<>();
        for (ModelFamily.AddedToken token : family.addedTokens) {
            decoder.put(String.valueOf(ids.get(token.content())), TokenizerJson.addedTokenFlags(token));
        }
        Map<String, Object> config = new LinkedHashMap<>();
        // Llama 3 prepends BOS through its post-processor; Qwen2 never adds one
        config.put("add_bos_token", family.bosToken != null);
        config.put("add_eos_token", false);
        config.put("added_tokens_decoder", decoder);
        config.put("bos_token", family.bosToken);
        config.put("chat_template", chatTemplate(family));
        config.put("clean_up_tokenization_spaces", false);
        config.put("eos_token", family.eosToken);
        config.put("model_max_length", 131072);
        config.put("pad_token", family.padToken);
        config.put("split_special_tokens", false);
        config.put("tokenizer_class", family == ModelFamily.QWEN2_5 ? "Qwen2Tokenizer" : "PreTrainedTokenizerFast");
        config.put("unk_token", null);
        return config;
    }

    private static Map<String, Object> specialTokensMap(ModelFamily family) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (family.bosToken != null) {
            map.put("bos_token", family.bosToken);
        }
        map.put("eos_token", family.eosToken);
        if (family.padToken != null) {
            map.put("pad_token", family.padToken);
        }
        return map;
    }

    /** Keeps whatever the model writer put in generation_config.json and sets the token ids the tokenizer owns. */
    @SuppressWarnings("unchecked")
    private static void writeGenerationTokenIds(Path file, ModelFamily family, Map<String, Integer> ids) throws IOException {
        Map<String, Object> config = Files.exists(file) ? JSON.readValue(file.toFile(), LinkedHashMap.class) : new LinkedHashMap<>();
        List<Integer> eos = new ArrayList<>();
        family.generationEosTokens.forEach(token -> eos.add(ids.get(token)));
        String bos = family.bosToken != null ? family.bosToken : family.padToken;
        config.put("bos_token_id", ids.get(bos));
        config.put("eos_token_id", eos);
        if (family.padToken != null) {
            config.put("pad_token_id", ids.get(family.padToken));
        }
        JSON.writeValue(file.toFile(), config);
    }

    static String resource(String name) {
        try (InputStream in = TinyTokenizerWriter.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
