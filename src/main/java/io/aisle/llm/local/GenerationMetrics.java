package io.aisle.llm.local;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The local model's figures in /q/metrics: tokens read and written, time to first token, answer
 * duration, requests waiting or decoding, and which model is loaded.
 */
public final class GenerationMetrics {

    private final Counter promptTokens;
    private final Counter completionTokens;
    private final Timer firstToken;
    private final Timer answer;

    public GenerationMetrics(MeterRegistry registry, String model, String architecture, String device,
                             Supplier<Number> pending) {
        promptTokens = Counter.builder("aisle.llm.tokens").tag("kind", "prompt").tag("model", model).register(registry);
        completionTokens = Counter.builder("aisle.llm.tokens").tag("kind", "completion").tag("model", model)
                .register(registry);
        firstToken = Timer.builder("aisle.llm.time.to.first.token").tag("model", model).register(registry);
        answer = Timer.builder("aisle.llm.answer.duration").tag("model", model).register(registry);
        registry.gauge("aisle.llm.requests.pending", Tags.of("model", model), pending,
                p -> p.get().doubleValue());
        registry.gauge("aisle.llm.model.info", Tags.of("model", model,
                "architecture", architecture, "device", device), 1);
    }

    void firstToken(long startedNanos) {
        firstToken.record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
    }

    void answered(LocalChatResult result, long startedNanos) {
        promptTokens.increment(result.promptTokens());
        completionTokens.increment(result.completionTokens());
        answer.record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
    }
}
