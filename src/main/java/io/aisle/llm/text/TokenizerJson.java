package io.aisle.llm.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tokenizer.json document of a tiny byte-level BPE, shaped like the family's published one. */
final class TokenizerJson {

    private TokenizerJson() {
    }

    static Map<String, Object> of(ModelFamily family, BpeTrainer.Bpe bpe, Map<String, Integer> addedIds) {
        boolean llama = family == ModelFamily.LLAMA_3_2;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", "1.0");
        json.put("truncation", null);
        json.put("padding", null);
        json.put("added_tokens", addedTokens(family, addedIds));
        json.put("normalizer", llama ? null : Map.of("type", "NFC"));
        json.put("pre_tokenizer", Map.of("type", "Sequence", "pretokenizers", List.of(
                split(family.splitRegex), byteLevel(false, llama, false))));
        json.put("post_processor", llama ? llamaPostProcessor(family, addedIds) : byteLevel(false, false, false));
        json.put("decoder", byteLevel(llama, llama, llama));
        json.put("model", model(bpe, llama));
        return json;
    }

    static Map<String, Object> addedTokenFlags(ModelFamily.AddedToken token) {
        Map<String, Object> flags = new LinkedHashMap<>();
        flags.put("content", token.content());
        flags.put("lstrip", false);
        flags.put("normalized", false);
        flags.put("rstrip", false);
        flags.put("single_word", false);
        flags.put("special", token.special());
        return flags;
    }

    private static List<Object> addedTokens(ModelFamily family, Map<String, Integer> addedIds) {
        List<Object> tokens = new ArrayList<>();
        for (ModelFamily.AddedToken token : family.addedTokens) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", addedIds.get(token.content()));
            entry.putAll(addedTokenFlags(token));
            tokens.add(entry);
        }
        return tokens;
    }

    private static Map<String, Object> split(String regex) {
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("type", "Split");
        split.put("pattern", Map.of("Regex", regex));
        split.put("behavior", "Isolated");
        split.put("invert", false);
        return split;
    }

    private static Map<String, Object> byteLevel(boolean addPrefixSpace, boolean trimOffsets, boolean useRegex) {
        Map<String, Object> byteLevel = new LinkedHashMap<>();
        byteLevel.put("type", "ByteLevel");
        byteLevel.put("add_prefix_space", addPrefixSpace);
        byteLevel.put("trim_offsets", trimOffsets);
        byteLevel.put("use_regex", useRegex);
        return byteLevel;
    }

    /** Llama 3 prepends BOS when special tokens are requested, as its published post-processor does. */
    private static Map<String, Object> llamaPostProcessor(ModelFamily family, Map<String, Integer> addedIds) {
        String bos = family.bosToken;
        Map<String, Object> bosSpec = Map.of("id", bos, "ids", List.of(addedIds.get(bos)), "tokens", List.of(bos));
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("type", "TemplateProcessing");
        template.put("single", List.of(special(bos, 0), sequence("A", 0)));
        template.put("pair", List.of(special(bos, 0), sequence("A", 0), special(bos, 1), sequence("B", 1)));
        template.put("special_tokens", Map.of(bos, bosSpec));
        return Map.of("type", "Sequence", "processors", List.of(byteLevel(true, false, true), template));
    }

    private static Map<String, Object> special(String id, int typeId) {
        return Map.of("SpecialToken", Map.of("id", id, "type_id", typeId));
    }

    private static Map<String, Object> sequence(String id, int typeId) {
        return Map.of("Sequence", Map.of("id", id, "type_id", typeId));
    }

    private static Map<String, Object> model(BpeTrainer.Bpe bpe, boolean llama) {
        List<String> merges = new ArrayList<>();
        bpe.merges().forEach(pair -> merges.add(pair[0] + " " + pair[1]));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("type", "BPE");
        model.put("dropout", null);
        model.put("unk_token", null);
        model.put("continuing_subword_prefix", llama ? null : "");
        model.put("end_of_word_suffix", llama ? null : "");
        model.put("fuse_unk", false);
        model.put("byte_fallback", false);
        model.put("ignore_merges", llama);
        model.put("vocab", bpe.vocab());
        model.put("merges", merges);
        return model;
    }
}
