package io.aisle.llm.peer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tjake.jlama.safetensors.TensorInfo;
import com.github.tjake.jlama.util.PhysicalCoreExecutor;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * jlama's CPU speed on a model directory: prefill and decode tokens/s and time to first token,
 * printed as one JSON line on stdout (logs go to stderr) for the main project's benchmark.
 * Usage: {@code PeerBench <modelDir> [promptTokens=128] [decodeTokens=32] [runs=3] [threads]}; without
 * threads jlama picks its own count (half the cores, at least 2).
 */
public final class PeerBench {

    private static final int WARM_UP_PROMPT = 16;
    private static final int WARM_UP_DECODE = 4;

    private PeerBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("Usage: PeerBench <modelDir> [promptTokens=128] [decodeTokens=32] [runs=3] [threads]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int promptTokens = args.length > 1 ? Integer.parseInt(args[1]) : 128;
        int decodeTokens = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        if (args.length > 4) {
            // before anything starts jlama's executor, which fixes the count
            PhysicalCoreExecutor.overrideThreadCount(Integer.parseInt(args[4]));
        }
        if (decodeTokens < 2 || promptTokens < 1 || runs < 1) {
            throw new IllegalArgumentException("Need at least 1 prompt token, 2 decode tokens and 1 run");
        }
        long loadStart = System.nanoTime();
        try (JlamaPeer peer = JlamaPeer.load(dir)) {
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            // the JIT compiles jlama's kernels during the first calls; keep that out of the numbers
            peer.greedy(benchmarkPrompt(WARM_UP_PROMPT, peer.vocabularySize()), WARM_UP_DECODE, false);
            int[] prompt = benchmarkPrompt(promptTokens, peer.vocabularySize());
            double[] ttftMs = new double[runs];
            double[] prefill = new double[runs];
            double[] decode = new double[runs];
            for (int r = 0; r < runs; r++) {
                JlamaPeer.Greedy run = peer.greedy(prompt, decodeTokens, false);
                ttftMs[r] = run.timeToFirstTokenNanos() / 1e6;
                prefill[r] = promptTokens / (run.timeToFirstTokenNanos() / 1e9);
                // the first token came out of the prefill; the decode steps made the others
                decode[r] = (decodeTokens - 1) / (run.decodeNanos() / 1e9);
            }
            ObjectNode json = new ObjectMapper().createObjectNode()
                    .put("engine", "jlama")
                    .put("engineVersion", "0.8.4")
                    .put("arithmetic", JlamaPeer.arithmetic())
                    .put("workingDType", peer.model().getWorkingDType().name())
                    .put("weightDType", peer.model().getWeights().getModelDType().name())
                    .put("modelDir", dir.toAbsolutePath().toString())
                    .put("parameters", parameters(peer))
                    .put("loadSeconds", round(loadSeconds))
                    .put("promptTokens", promptTokens)
                    .put("decodeTokens", decodeTokens)
                    .put("runs", runs)
                    .put("prefillTokensPerSecond", round(median(prefill)))
                    .put("decodeTokensPerSecond", round(median(decode)))
                    .put("timeToFirstTokenMs", round(median(ttftMs)));
            System.out.println(json);
        }
    }

    /** Token ids spread over the vocabulary; with random weights their meaning does not matter. */
    static int[] benchmarkPrompt(int length, int vocabularySize) {
        int[] ids = new int[length];
        for (int i = 0; i < length; i++) {
            ids[i] = (int) ((i * 7919L + 17) % vocabularySize);
        }
        return ids;
    }

    private static long parameters(JlamaPeer peer) {
        long total = 0;
        for (TensorInfo info : peer.model().getWeights().tensorInfoMap().values()) {
            total += Arrays.stream(info.shape).asLongStream().reduce(1, (a, b) -> a * b);
        }
        return total;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
