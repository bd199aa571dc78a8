package io.aisle.llm.local;

import io.aisle.llm.generate.SamplingParams;
import io.aisle.llm.runtime.GenerationConfig;
import java.util.List;

/**
 * Decoding settings a caller asked for; null means "the model's default" from its
 * generation_config.json (as vLLM does), and greedy decoding when the model names none.
 */
public record SamplingRequest(Double temperature, Double topP, Integer topK, Double repetitionPenalty,
                              Integer maxTokens, List<String> stop, Long seed) {

    public SamplingRequest {
        stop = stop == null ? List.of() : List.copyOf(stop);
    }

    public static SamplingRequest defaults() {
        return new SamplingRequest(null, null, null, null, null, List.of(), null);
    }

    /** The settings for one answer that may be at most {@code room} tokens long. */
    SamplingParams resolve(GenerationConfig model, int defaultMaxTokens, int room) {
        boolean modelSamples = model.doSample() == null || model.doSample();
        double temp = temperature != null ? temperature
                : modelSamples && model.temperature() != null ? model.temperature() : 0.0;
        return new SamplingParams(temp,
                topK != null ? topK : orDefault(model.topK(), 0),
                topP != null ? topP : orDefault(model.topP(), 1.0),
                repetitionPenalty != null ? repetitionPenalty : orDefault(model.repetitionPenalty(), 1.0),
                seed != null ? seed : System.nanoTime(),
                Math.min(maxTokens != null ? maxTokens : defaultMaxTokens, room),
                stop);
    }

    private static <T> T orDefault(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
