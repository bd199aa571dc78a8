package io.aisle.llm.tiny;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aisle.llm.runtime.safetensors.TensorDType;

/**
 * config.json and generation_config.json of a generated model, with the keys and the values of
 * the published Qwen2.5-0.5B-Instruct and Llama-3.2-1B-Instruct configs where the shape allows.
 */
final class TinyModelConfigJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TinyModelConfigJson() {
    }

    static ObjectNode config(TinyModelSpec spec) {
        ObjectNode c = JSON.createObjectNode();
        c.putArray("architectures").add(spec.architecture());
        c.put("attention_dropout", 0.0);
        c.put("bos_token_id", spec.bosTokenId());
        if (spec.isQwen2()) {
            c.put("eos_token_id", spec.eosTokenIds().get(0));
        } else {
            c.put("attention_bias", false);
            eos(c, spec);
            c.put("head_dim", spec.headDim());
        }
        c.put("hidden_act", "silu");
        c.put("hidden_size", spec.hidden());
        c.put("initializer_range", 0.02);
        c.put("intermediate_size", spec.intermediate());
        c.put("max_position_embeddings", spec.maxPositions());
        if (spec.isQwen2()) {
            c.put("max_window_layers", spec.layers());
            c.put("model_type", "qwen2");
        } else {
            c.put("mlp_bias", false);
            c.put("model_type", "llama");
        }
        c.put("num_attention_heads", spec.heads());
        c.put("num_hidden_layers", spec.layers());
        c.put("num_key_value_heads", spec.kvHeads());
        if (!spec.isQwen2()) {
            c.put("pretraining_tp", 1);
        }
        c.put("rms_norm_eps", spec.isQwen2() ? 1e-6 : 1e-5);
        if (!spec.isQwen2()) {
            ObjectNode scaling = c.putObject("rope_scaling");
            scaling.put("factor", 32.0);
            scaling.put("high_freq_factor", 4.0);
            scaling.put("low_freq_factor", 1.0);
            scaling.put("original_max_position_embeddings", spec.originalMaxPositions());
            scaling.put("rope_type", "llama3");
        }
        c.put("rope_theta", spec.ropeTheta());
        if (spec.isQwen2()) {
            c.put("sliding_window", spec.maxPositions());
        }
        c.put("tie_word_embeddings", spec.tied());
        c.put("torch_dtype", torchDtype(spec.dtype()));
        c.put("transformers_version", "4.45.0");
        c.put("use_cache", true);
        if (spec.isQwen2()) {
            c.put("use_sliding_window", false);
        }
        c.put("vocab_size", spec.vocabSize());
        return c;
    }

    static ObjectNode generationConfig(TinyModelSpec spec) {
        ObjectNode g = JSON.createObjectNode();
        g.put("bos_token_id", spec.bosTokenId());
        g.put("do_sample", true);
        if (spec.isQwen2()) {
            // Qwen2.5 lists im_end, then endoftext (its bos/pad token)
            g.putArray("eos_token_id").add(spec.eosTokenIds().get(0)).add(spec.bosTokenId());
            g.put("pad_token_id", spec.bosTokenId());
            g.put("repetition_penalty", 1.1);
            g.put("temperature", 0.7);
            g.put("top_k", 20);
            g.put("top_p", 0.8);
        } else {
            eos(g, spec);
            g.put("temperature", 0.6);
            g.put("top_p", 0.9);
        }
        g.put("transformers_version", "4.45.0");
        return g;
    }

    private static void eos(ObjectNode node, TinyModelSpec spec) {
        ArrayNode eos = node.putArray("eos_token_id");
        spec.eosTokenIds().forEach(eos::add);
    }

    private static String torchDtype(TensorDType dtype) {
        switch (dtype) {
            case BF16:
                return "bfloat16";
            case F16:
                return "float16";
            default:
                return "float32";
        }
    }
}
