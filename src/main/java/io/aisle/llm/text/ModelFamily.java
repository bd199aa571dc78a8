package io.aisle.llm.text;

import java.util.List;

/**
 * The chat model families the runtime speaks: how their published tokenizers split text, which
 * added tokens they carry (in their real relative order), and which chat template they ship.
 */
public enum ModelFamily {

    /** Qwen2.5-Instruct: ChatML turns, Hermes-style {@code <tool_call>} blocks, no BOS. */
    QWEN2_5(
            "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+",
            List.of(
                    AddedToken.special("<|endoftext|>"), AddedToken.special("<|im_start|>"),
                    AddedToken.special("<|im_end|>"), AddedToken.special("<|object_ref_start|>"),
                    AddedToken.special("<|object_ref_end|>"), AddedToken.special("<|box_start|>"),
                    AddedToken.special("<|box_end|>"), AddedToken.special("<|quad_start|>"),
                    AddedToken.special("<|quad_end|>"), AddedToken.special("<|vision_start|>"),
                    AddedToken.special("<|vision_end|>"), AddedToken.special("<|vision_pad|>"),
                    AddedToken.special("<|image_pad|>"), AddedToken.special("<|video_pad|>"),
                    AddedToken.plain("<tool_call>"), AddedToken.plain("</tool_call>"),
                    AddedToken.plain("<|fim_prefix|>"), AddedToken.plain("<|fim_middle|>"),
                    AddedToken.plain("<|fim_suffix|>"), AddedToken.plain("<|fim_pad|>"),
                    AddedToken.plain("<|repo_name|>"), AddedToken.plain("<|file_sep|>")),
            null, "<|im_end|>", List.of("<|im_end|>", "<|endoftext|>"), "<|endoftext|>",
            "llm/templates/Qwen-Qwen2.5-7B-Instruct.jinja"),

    /** Llama 3.2-Instruct: header-delimited turns, JSON tool calls, a BOS token before every prompt. */
    LLAMA_3_2(
            "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+",
            List.of(
                    AddedToken.special("<|begin_of_text|>"), AddedToken.special("<|end_of_text|>"),
                    AddedToken.special("<|reserved_special_token_0|>"),
                    AddedToken.special("<|reserved_special_token_1|>"),
                    AddedToken.special("<|finetune_right_pad_id|>"),
                    AddedToken.special("<|reserved_special_token_2|>"),
                    AddedToken.special("<|start_header_id|>"), AddedToken.special("<|end_header_id|>"),
                    AddedToken.special("<|eom_id|>"), AddedToken.special("<|eot_id|>"),
                    AddedToken.special("<|python_tag|>")),
            "<|begin_of_text|>", "<|eot_id|>", List.of("<|end_of_text|>", "<|eom_id|>", "<|eot_id|>"), null,
            "llm/templates/meta-llama-Llama-3.2-3B-Instruct.jinja");

    /** One token of the family's {@code added_tokens}; {@code special} as in the published tokenizer.json. */
    public record AddedToken(String content, boolean special) {
        static AddedToken special(String content) {
            return new AddedToken(content, true);
        }

        static AddedToken plain(String content) {
            return new AddedToken(content, false);
        }
    }

    final String splitRegex;
    final List<AddedToken> addedTokens;
    final String bosToken;
    final String eosToken;
    final List<String> generationEosTokens;
    final String padToken;
    final String templateResource;

    ModelFamily(String splitRegex, List<AddedToken> addedTokens, String bosToken, String eosToken,
            List<String> generationEosTokens, String padToken, String templateResource) {
        this.splitRegex = splitRegex;
        this.addedTokens = addedTokens;
        this.bosToken = bosToken;
        this.eosToken = eosToken;
        this.generationEosTokens = generationEosTokens;
        this.padToken = padToken;
        this.templateResource = templateResource;
    }

    /** The added tokens in id order; the first one gets the id right after the BPE vocabulary. */
    public List<AddedToken> addedTokens() {
        return addedTokens;
    }
}
