package io.aisle.llm.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "aisle.llm")
public interface LlmConfig {

    /** Where the assistant's chat model comes from. */
    enum Provider {
        /** No LLM: the assistant answers in grounded mode (intent classifier, tools and templates). */
        NONE,
        /** The in-process runtime on DJL, with the model in {@code aisle.llm.local.model-dir}. */
        LOCAL,
        /** Any OpenAI-compatible server (vLLM, or this app's own /v1 endpoint). */
        OPENAI
    }

    @WithDefault("none")
    Provider provider();

    Local local();

    OpenAi openai();

    interface Local {

        /** A Hugging Face model folder (config.json, safetensors, tokenizer.json, tokenizer_config.json). */
        Optional<String> modelDir();

        /** cpu, or gpu when the CUDA build of PyTorch's native library is on the class path. */
        @WithDefault("cpu")
        String device();

        /**
         * PyTorch intra-op threads for generation (the rest of the app keeps PyTorch at one thread).
         * 1 by default: on a busy machine OpenMP's waiting threads slowed decoding several-fold (set
         * OMP_WAIT_POLICY=PASSIVE before using more); see docs/benchmarks.md for measured figures.
         */
        @WithDefault("1")
        int threads();

        /**
         * A model stored in BF16 keeps an fp32 copy of its projections for prefill (PyTorch's matrix
         * product needs fp32; decoding reads the BF16 weights) when that copy takes at most this many MB;
         * a larger one widens a projection at a time during each prefill: less memory, later first token.
         */
        @WithDefault("2048")
        long fp32PrefillCopyMaxMb();

        /** Tokens per sequence (prompt + answer); bounds the KV cache memory. */
        @WithDefault("4096")
        int maxContext();

        /** Sequences decoded together, one token each in turn. */
        @WithDefault("4")
        int maxConcurrent();

        /** Requests waiting for a place; more are refused with 503 instead of piling up. */
        @WithDefault("32")
        int maxQueued();

        /** Answer length when the caller does not say. */
        @WithDefault("512")
        int defaultMaxTokens();

        /** Longest wait for one blocking answer (queue time included) before the caller falls back. */
        @WithDefault("PT120S")
        Duration timeout();

        /** Serve the local model at /v1/chat/completions (OpenAI-compatible). */
        @WithDefault("true")
        boolean serveOpenAiApi();
    }

    interface OpenAi {

        /** E.g. http://vllm:8000/v1 */
        Optional<String> baseUrl();

        Optional<String> model();

        /** vLLM accepts any key unless started with --api-key. */
        @WithDefault("none")
        String apiKey();

        @WithDefault("PT60S")
        Duration timeout();

        @WithDefault("2")
        int maxRetries();
    }
}
