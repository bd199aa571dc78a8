package io.aisle.llm.local;

import io.aisle.llm.generate.Sampler;
import io.aisle.llm.generate.SamplingParams;
import io.aisle.llm.generate.StopMatcher;
import io.aisle.llm.text.ModelTokenizer;
import io.aisle.llm.text.StreamingDetokenizer;
import io.aisle.llm.text.ParsedReply;
import io.aisle.llm.text.ToolCallParser;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One chat answer being decoded: samples each token, turns tokens into text that never splits a
 * character, stops at end-of-sequence ids, stop strings or max tokens, hides tool-call markup from the
 * stream, and parses tool calls at the end.
 */
final class TextGeneration implements DecodeTask {

    /** Passed with text that no token produced (the detokenizer's remainder). */
    private static final int NO_TOKEN = -1;

    private final int[] prompt;
    private final int maxTokens;
    private final Set<Integer> eosIds;
    private final Sampler sampler;
    private final StreamingDetokenizer detokenizer;
    private final StopMatcher stops;
    private final ToolCallGate gate;
    private final ToolCallParser toolCalls;
    private final ChatListener listener;
    private final GenerationMetrics metrics;
    private final long started = System.nanoTime();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder streamed = new StringBuilder();
    private final int[] history;
    private boolean drained;
    private int generated;
    private LocalChatResult.Finish finish = LocalChatResult.Finish.STOP;

    TextGeneration(int[] prompt, SamplingParams params, ModelTokenizer tokenizer, Set<Integer> eosIds,
                   ToolCallParser toolCalls, boolean toolsOffered, GenerationMetrics metrics, ChatListener listener) {
        this.prompt = prompt;
        this.maxTokens = params.maxTokens();
        this.eosIds = eosIds;
        this.sampler = new Sampler(params);
        this.detokenizer = new StreamingDetokenizer(tokenizer);
        this.stops = new StopMatcher(params.stop(), eosIds);
        this.gate = new ToolCallGate(toolsOffered);
        this.toolCalls = toolCalls;
        this.listener = listener;
        this.metrics = metrics;
        this.history = Arrays.copyOf(prompt, prompt.length + maxTokens);
    }

    @Override
    public int[] prompt() {
        return prompt;
    }

    @Override
    public int cacheSize() {
        return prompt.length + maxTokens;
    }

    @Override
    public boolean cancelled() {
        return cancelled.get();
    }

    void cancel() {
        cancelled.set(true);
    }

    @Override
    public int step(float[] logits) {
        int token = sampler.next(logits, Arrays.copyOf(history, prompt.length + generated));
        if (eosIds.contains(token)) {
            drainText();
            return -1;
        }
        if (generated == 0) {
            metrics.firstToken(started);
        }
        history[prompt.length + generated++] = token;
        StopMatcher.Step step = stops.accept(token, detokenizer.push(token));
        emit(step.text());
        if (step.stopped()) {
            return -1;
        }
        if (generated >= maxTokens) {
            finish = LocalChatResult.Finish.LENGTH;
            drainText();
            return -1;
        }
        return token;
    }

    /** At the end: bytes the detokenizer still holds, then text held back as a possible stop string. */
    private void drainText() {
        StopMatcher.Step step = stops.accept(NO_TOKEN, detokenizer.flush());
        emit(step.text());
        if (!step.stopped()) {
            emit(stops.release());
        }
        drained = true;
    }

    private void emit(String delta) {
        text.append(delta);
        String shown = gate.pass(delta);
        if (!shown.isEmpty()) {
            streamed.append(shown);
            listener.onText(shown);
        }
    }

    @Override
    public void complete() {
        if (!drained && !stops.stopped()) {
            drainText();
        }
        ParsedReply parsed = toolCalls.parse(text.toString());
        // a plain answer is returned as decoded (parsers may trim), so that it equals what was streamed
        boolean plain = parsed.toolCalls().isEmpty() && parsed.problems().isEmpty();
        String content = plain ? text.toString() : parsed.text();
        if (content.startsWith(streamed.toString()) && content.length() > streamed.length()) {
            listener.onText(content.substring(streamed.length()));
        }
        LocalChatResult.Finish reason = cancelled() ? LocalChatResult.Finish.CANCELLED
                : parsed.toolCalls().isEmpty() ? finish : LocalChatResult.Finish.TOOL_CALLS;
        LocalChatResult result = new LocalChatResult(content, parsed.toolCalls(), parsed.problems(),
                prompt.length, generated, reason);
        metrics.answered(result, started);
        listener.onComplete(result);
    }

    @Override
    public void fail(Throwable error) {
        listener.onError(error);
    }
}
