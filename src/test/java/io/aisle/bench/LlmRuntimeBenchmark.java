package io.aisle.bench;

import static io.aisle.bench.BenchmarkReport.percent;

import com.fasterxml.jackson.databind.JsonNode;
import io.aisle.llm.runtime.DecodePath;
import io.aisle.llm.runtime.ModelConfig;
import io.aisle.llm.runtime.RuntimeOptions;
import io.aisle.llm.runtime.safetensors.SafetensorsWeights;
import io.aisle.llm.runtime.safetensors.TensorDType;
import io.aisle.llm.text.ModelFamily;
import io.aisle.llm.tiny.TinyChatModels;
import io.aisle.llm.tiny.TinyModelSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Our LLM runtime's CPU speed on a model of Qwen2.5-0.5B's shape (random weights, BF16 file as
 * published), side by side in one run with jlama on the same files and the same number of threads,
 * next to the memory-bandwidth bound: decoding reads every weight once per token, so bandwidth /
 * weight bytes (as the engine holds them) is the most tokens/s it can decode.
 */
@Tag("benchmark")
class LlmRuntimeBenchmark {

    static final Path WORK = Path.of("target", "llm-bench");
    private static final String WRITTEN_MARKER = ".complete";
    private static final double BANDWIDTH_GOAL = 0.5;

    private final int prompt = Integer.getInteger("bench.llm.prompt", 128);
    private final int decode = Integer.getInteger("bench.llm.decode", 32);
    private final int runs = Integer.getInteger("bench.llm.runs", 3);
    private final String threadCounts = System.getProperty("bench.llm.threads", "1,2");
    /** Weight files compared: BF16 as published, and F32 so that both engines read the same bytes. */
    private final String fileTypes = System.getProperty("bench.llm.files", "BF16,F32");

    @Test
    void decodeNextToJlamaAndTheBandwidthBound() throws Exception {
        BenchmarkReport report = BenchmarkReport.start("llm-runtime",
                "LLM runtime: prefill and decode of a 0.5B model on CPU, against jlama and the memory-bandwidth bound",
                getClass(), "-Dtest=" + getClass().getSimpleName() + extraArgs());
        Files.createDirectories(WORK);
        PeerCheckScript peer = new PeerCheckScript(WORK);
        Optional<JsonNode> bandwidth = peer.run("bandwidth", "--bandwidth");
        Path dir = model(TensorDType.BF16);
        long parameters = parameters(dir);

        List<List<String>> rows = new ArrayList<>();
        List<String> verdicts = new ArrayList<>();
        List<String> bounds = new ArrayList<>();
        for (String fileType : fileTypes.split(",")) {
            Path files = model(TensorDType.valueOf(fileType.strip()));
            for (int threads : Arrays.stream(threadCounts.split(",")).mapToInt(s -> Integer.parseInt(s.strip())).toArray()) {
                // one core cannot pull what two can: each thread count is held to the bandwidth it measured
                double gbps = bandwidth.map(b -> b.get(threads == 1 ? "singleThreadGBps" : "allThreadsGBps").asDouble())
                        .orElse(Double.NaN);
                LlmSpeed.Figures ours = LlmSpeed.measure(files, threads, RuntimeOptions.DEFAULT_FP32_PREFILL_COPY_MAX_BYTES,
                        prompt, decode, runs);
                long ourBytes = ourBytesPerToken(files, ours.decodePath() == DecodePath.JAVA_BF16);
                double bound = gbps * 1e9 / ourBytes;
                bounds.add(String.format(Locale.ROOT, "%s file, %d %s: %.2f GB per token, bound %.2f tokens/s", fileType.strip(),
                        threads, threads == 1 ? "thread" : "threads", ourBytes / 1e9, bound));
                Optional<JsonNode> jlama = peer.run("jlama-" + fileType.strip() + "-" + threads + "-threads", "--bench",
                        files.toString(), String.valueOf(prompt), String.valueOf(decode), String.valueOf(runs),
                        String.valueOf(threads));
                String file = fileType.strip();
                rows.add(oursRow(file, engine(ours.decodePath()), ours, bound, jlama));
                if (ours.decodePath() == DecodePath.JAVA_BF16) {
                    // the same without the fp32 copy: the memory a big model saves, paid in time to first token
                    LlmSpeed.Figures lean = LlmSpeed.measure(files, threads, 0, prompt, decode, runs);
                    rows.add(oursRow(file, "ours, no fp32 copy (prefill widens a projection at a time)", lean, bound, jlama));
                }
                rows.add(jlama.map(j -> jlamaRow(file, j, threads, gbps, parameters))
                        .orElse(List.of(file, "jlama: not run, no JDK 22+ (see " + PeerCheckScript.SCRIPT + ")",
                                String.valueOf(threads), "–", "–", "–", "–", "–")));
                boolean fastEnough = ours.decodeTokensPerSecond() >= BANDWIDTH_GOAL * bound;
                String versusJlama = jlama.map(j -> ours.decodeTokensPerSecond() >= j.get("decodeTokensPerSecond").asDouble()
                        ? "not slower than jlama" : "**slower than jlama**").orElse("jlama not measured");
                verdicts.add(file + " file, " + threads + (threads == 1 ? " thread: " : " threads: ")
                        + percent(ours.decodeTokensPerSecond() / bound) + " of the bound ("
                        + (fastEnough ? "met" : "**not met**") + "), " + versusJlama);
            }
        }

        ModelConfig config = ModelConfig.read(dir);
        report.paragraph(String.format(Locale.ROOT, "Model: Qwen2ForCausalLM of Qwen2.5-0.5B's shape (hidden %d, %d layers, "
                        + "%d query / %d key-value heads, intermediate %d, vocabulary %,d, tied output head), random weights "
                        + "written once by TinyChatModels as safetensors under `%s`, in BF16 (as published) and in F32 "
                        + "(the same weights, so that both engines read the same bytes); both engines load each folder "
                        + "and compute in fp32. Prompt: %d token ids spread over the vocabulary; greedy decoding "
                        + "of %d tokens; a short warm-up, then %d runs per engine on a fresh sequence, medians (our best "
                        + "run in brackets). Time to first token = prefill + choosing the first token; prefill tokens/s = "
                        + "prompt / that; decode tokens/s = (tokens − 1) / time from the first token to the last. The "
                        + "thread count is PyTorch's intra-op threads on our generation thread (OpenMP wait policy: %s), "
                        + "the threads of our Java decoding kernels, and the size of jlama's pool.",
                        config.hiddenSize(), config.numHiddenLayers(), config.numAttentionHeads(), config.numKeyValueHeads(),
                        config.intermediateSize(), config.vocabSize(), WORK, prompt, decode, runs,
                        Optional.ofNullable(System.getenv("OMP_WAIT_POLICY")).orElse("default, spinning")))
                .paragraph(String.format(Locale.ROOT, "Bandwidth bound: every weight is read once per decoded token, "
                        + "so the bound is bandwidth / the bytes the engine holds its weights in (%,d parameters; the tied "
                        + "embedding matrix counted once, as the output head reads it). Our runtime keeps a BF16 file's "
                        + "matrices at 2 bytes a weight and multiplies by them in Java (Vector API, fp32 arithmetic) "
                        + "when decoding (prefill multiplies by an fp32 copy in PyTorch). F32 files stay at 4 bytes a weight, "
                        + "held once off-heap: with more than one thread a decoded token multiplies by them in Java too "
                        + "(PyTorch's decode barely gains from a second thread), reading the very memory PyTorch's "
                        + "arrays wrap for prefill; with one thread PyTorch decodes. Memory read bandwidth %s; each row is held "
                        + "to the bandwidth measured with its thread count: %s. jlama keeps the file's type too (BF16 "
                        + "widened inside its kernels), so its ratio is against the bound for its own bytes per weight.",
                        parameters, bandwidth.map(b -> String.format(Locale.ROOT,
                                "%.2f GB/s with one thread, %.2f GB/s with %d, summing a 1 GiB "
                                        + "array in Java (`run.sh --bandwidth`)", b.get("singleThreadGBps").asDouble(),
                                b.get("allThreadsGBps").asDouble(), b.get("threads").asInt()))
                                .orElse("not measured (no JDK 22+ for run.sh)"), String.join("; ", bounds)))
                .table(List.of("weight file", "engine", "threads", "prefill tokens/s", "time to first token (s)", "decode tokens/s",
                        "decode / bound", "decode ours / jlama"), rows)
                .paragraph("Goals: decode at ≥ " + percent(BANDWIDTH_GOAL) + " of the bandwidth bound and not slower "
                        + "than jlama. " + String.join("; ", verdicts) + ".")
                .write(null);
    }

    private static String engine(DecodePath path) {
        return switch (path) {
            case JAVA_BF16 -> "ours (BF16 weights, 2 bytes: Java Vector API decode, PyTorch prefill with an fp32 copy; "
                    + "fp32 arithmetic)";
            case JAVA_FP32 -> "ours (F32 weights, 4 bytes, held once: Java Vector API decode and PyTorch prefill on the same "
                    + "memory; fp32 arithmetic)";
            case PYTORCH -> "ours (DJL PyTorch decode and prefill, F32 weights, 4 bytes; fp32 arithmetic)";
        };
    }

    private static List<String> oursRow(String file, String engine, LlmSpeed.Figures ours, double bound,
            Optional<JsonNode> jlama) {
        double decode = ours.decodeTokensPerSecond();
        return List.of(file, engine, String.valueOf(ours.threads()),
                rate(ours.prefillTokensPerSecond()), seconds(ours.timeToFirstTokenMs()),
                rate(decode) + " (best " + rate(ours.bestDecodeTokensPerSecond()) + ")", ratio(decode / bound),
                jlama.map(j -> ratio(decode / j.get("decodeTokensPerSecond").asDouble())).orElse("–"));
    }

    /** jlama keeps weights in the file's type (BF16 here: widened inside its kernels), so its bound is its own. */
    private static List<String> jlamaRow(String file, JsonNode j, int threads, double gbps, long parameters) {
        String weights = j.get("weightDType").asText();
        int bytes = weights.equals("F32") ? Float.BYTES : 2;
        double decode = j.get("decodeTokensPerSecond").asDouble();
        return List.of(file, "jlama " + j.get("engineVersion").asText() + " (" + j.get("arithmetic").asText() + ", "
                        + weights + " weights, " + j.get("workingDType").asText() + " arithmetic)", String.valueOf(threads),
                rate(j.get("prefillTokensPerSecond").asDouble()), seconds(j.get("timeToFirstTokenMs").asDouble()),
                rate(decode), ratio(decode / (gbps * 1e9 / (parameters * bytes))) + (bytes == Float.BYTES ? ""
                        : " of its " + bytes + "-byte bound"), "–");
    }

    /** The 0.5B-shape model with its weights in that type, written on first use (1–2 GB) and reused while target/ lives. */
    static Path model(TensorDType type) {
        Path dir = WORK.resolve("qwen2.5-0.5b-shape-" + type.name().toLowerCase(Locale.ROOT));
        if (!Files.exists(dir.resolve(WRITTEN_MARKER))) {
            TinyChatModels.write(ModelFamily.QWEN2_5, TinyModelSpec.qwen2_0_5b_shape().withDtype(type), dir);
            try {
                Files.writeString(dir.resolve(WRITTEN_MARKER), "written by " + LlmRuntimeBenchmark.class.getName());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return dir;
    }

    static long parameters(Path dir) {
        try (SafetensorsWeights weights = SafetensorsWeights.open(dir)) {
            return weights.names().stream().mapToLong(n -> weights.entry(n).elementCount()).sum();
        }
    }

    /** What decoding one token reads: matrices at 2 bytes when our runtime keeps them BF16, all else fp32. */
    static long ourBytesPerToken(Path dir, boolean bf16Matrices) {
        try (SafetensorsWeights weights = SafetensorsWeights.open(dir)) {
            return weights.names().stream().mapToLong(n -> weights.entry(n).elementCount()
                    * (bf16Matrices && weights.entry(n).shape().length == 2 ? 2 : Float.BYTES)).sum();
        }
    }

    private String extraArgs() {
        StringBuilder args = new StringBuilder();
        append(args, "bench.llm.prompt", prompt, 128);
        append(args, "bench.llm.decode", decode, 32);
        append(args, "bench.llm.runs", runs, 3);
        if (!fileTypes.equals("BF16,F32")) {
            args.append(" -Dbench.llm.files=").append(fileTypes);
        }
        if (!threadCounts.equals("1,2")) {
            args.append(" -Dbench.llm.threads=").append(threadCounts);
        }
        return args.toString();
    }

    private static void append(StringBuilder args, String property, int value, int standard) {
        if (value != standard) {
            args.append(" -D").append(property).append('=').append(value);
        }
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%.2f", perSecond);
    }

    private static String seconds(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms / 1e3);
    }

    private static String ratio(double r) {
        return Double.isNaN(r) ? "–" : percent(r);
    }
}
