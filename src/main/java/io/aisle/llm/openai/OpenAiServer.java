package io.aisle.llm.openai;

import io.aisle.llm.config.LlmConfig;
import java.time.Duration;

/** The OpenAI-compatible server named by configuration; both settings are required for provider openai. */
record OpenAiServer(String baseUrl, String model, String apiKey, Duration timeout, int maxRetries) {

    static OpenAiServer from(LlmConfig.OpenAi config) {
        String url = config.baseUrl().orElseThrow(() -> missing("base-url"));
        String model = config.model().orElseThrow(() -> missing("model"));
        return new OpenAiServer(url, model, config.apiKey(), config.timeout(), config.maxRetries());
    }

    private static IllegalStateException missing(String key) {
        return new IllegalStateException("aisle.llm.provider=openai needs aisle.llm.openai." + key);
    }
}
