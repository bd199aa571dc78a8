package io.aisle.llm.generate;

import java.util.List;

/**
 * How the next token is chosen. Temperature 0 means greedy; topK 0 and topP 1 switch those
 * filters off; repetitionPenalty 1 switches the penalty off; a null seed draws a fresh one.
 */
public record SamplingParams(double temperature, int topK, double topP, double repetitionPenalty, Long seed,
        int maxTokens, List<String> stop) {

    public SamplingParams {
        if (temperature < 0 || topK < 0 || topP <= 0 || topP > 1 || repetitionPenalty <= 0 || maxTokens < 1) {
            throw new IllegalArgumentException("invalid sampling parameters: temperature " + temperature + ", topK " + topK
                    + ", topP " + topP + ", repetitionPenalty " + repetitionPenalty + ", maxTokens " + maxTokens);
        }
        stop = stop == null ? List.of() : List.copyOf(stop);
    }

    public static SamplingParams greedy(int maxTokens) {
        return new SamplingParams(0, 0, 1, 1, null, maxTokens, List.of());
    }

    public boolean isGreedy() {
        return temperature == 0;
    }
}
