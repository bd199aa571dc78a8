package io.aisle.bench;

import io.aisle.common.djl.PyTorchEngine;
import io.aisle.llm.runtime.CausalLm;
import io.aisle.llm.runtime.DecodePath;
import io.aisle.llm.runtime.DjlCausalLm;
import io.aisle.llm.runtime.RuntimeOptions;
import io.aisle.llm.runtime.Sequence;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Our runtime's prefill and greedy decode speed, measured the way jlama's PeerBench measures its own:
 * the same prompt ids, a short warm-up, then several runs, each on a fresh sequence; medians.
 */
final class LlmSpeed {

    private static final int WARM_UP_PROMPT = 16;
    private static final int WARM_UP_DECODE = 4;

    /** Medians over the runs; the first token comes from the prefill, the decode steps make the others. */
    record Figures(int threads, DecodePath decodePath, double prefillTokensPerSecond, double timeToFirstTokenMs,
                   double decodeTokensPerSecond, double bestDecodeTokensPerSecond) {
    }

    private LlmSpeed() {
    }

    /**
     * Loads the model and measures on a thread of its own that gets {@code threads} PyTorch threads.
     *
     * @param fp32PrefillCopyMaxBytes see {@link RuntimeOptions#fp32PrefillCopyMaxBytes()}
     */
    static Figures measure(Path modelDir, int threads, long fp32PrefillCopyMaxBytes, int promptTokens, int decodeTokens,
            int runs) throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            return worker.submit(() -> {
                PyTorchEngine.useThreadsOnCurrentThread(threads);
                try (DjlCausalLm model = DjlCausalLm.load(modelDir, new RuntimeOptions("cpu", promptTokens + decodeTokens, threads,
                        fp32PrefillCopyMaxBytes))) {
                    return measure(model, threads, promptTokens, decodeTokens, runs);
                }
            }).get();
        } finally {
            worker.shutdown();
        }
    }

    private static Figures measure(DjlCausalLm model, int threads, int promptTokens, int decodeTokens, int runs) {
        int vocab = model.config().vocabSize();
        greedy(model, prompt(WARM_UP_PROMPT, vocab), WARM_UP_DECODE);
        int[] prompt = prompt(promptTokens, vocab);
        double[] ttftMs = new double[runs];
        double[] decode = new double[runs];
        for (int r = 0; r < runs; r++) {
            long[] nanos = greedy(model, prompt, decodeTokens);
            ttftMs[r] = nanos[0] / 1e6;
            decode[r] = (decodeTokens - 1) / (nanos[1] / 1e9);
        }
        double ttft = median(ttftMs);
        return new Figures(threads, model.decodePath(), promptTokens / (ttft / 1e3), ttft, median(decode),
                Arrays.stream(decode).max().orElseThrow());
    }

    /** Nanoseconds to the first token and from it to the last. */
    private static long[] greedy(CausalLm model, int[] prompt, int tokens) {
        try (Sequence sequence = model.newSequence(prompt.length + tokens)) {
            long start = System.nanoTime();
            int token = argmax(sequence.append(prompt));
            long first = System.nanoTime();
            for (int i = 1; i < tokens; i++) {
                token = argmax(sequence.append(new int[] {token}));
            }
            return new long[] {first - start, System.nanoTime() - first};
        }
    }

    /** PeerBench's prompt: ids spread over the vocabulary (with random weights their meaning does not matter). */
    static int[] prompt(int length, int vocab) {
        int[] ids = new int[length];
        for (int i = 0; i < length; i++) {
            ids[i] = (int) ((i * 7919L + 17) % vocab);
        }
        return ids;
    }

    private static int argmax(float[] logits) {
        int best = 0;
        for (int i = 1; i < logits.length; i++) {
            if (logits[i] > logits[best]) {
                best = i;
            }
        }
        return best;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
