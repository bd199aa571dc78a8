package io.aisle.llm.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aisle.llm.generate.Sampler;
import io.aisle.llm.generate.SamplingParams;
import io.aisle.llm.runtime.DecodePath;
import io.aisle.llm.runtime.DjlCausalLm;
import io.aisle.llm.runtime.RuntimeOptions;
import io.aisle.llm.runtime.Sequence;
import io.aisle.llm.runtime.safetensors.TensorDType;
import io.aisle.llm.text.ModelFamily;
import io.aisle.llm.tiny.TinyChatModels;
import io.aisle.llm.tiny.TinyModelSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes what the jlama peer check (llm-models/peer-check, run by CI on Java 25 after this suite)
 * recomputes: generated models, and our runtime's last-position logits and greedy continuations for
 * several prompts. Llama models get linear rope scaling here, the only kind jlama 0.8.4 applies.
 */
class PeerCheckManifestTest {

    /** Argmax with ties to the lowest id; no repetition penalty, so no context is needed. */
    static final Sampler GREEDY = new Sampler(SamplingParams.greedy(1));
    static final int[] NO_CONTEXT = {};

    static final Path ROOT = Path.of("target", "llm-peer");
    static final ObjectMapper JSON = new ObjectMapper();
    static final int[][] PROMPTS = {{7}, {12, 40, 301, 5, 77}, {3, 14, 15, 92, 65, 35, 89, 79, 32, 38, 46, 26, 43, 38, 32,
            79, 50, 28, 84, 19}};
    static final int GREEDY_TOKENS = 12;

    @Test
    void ourLogitsAndGreedyTokensAreWrittenForThePeerCheck() throws IOException {
        ObjectNode manifest = JSON.createObjectNode();
        ArrayNode models = manifest.putArray("models");
        // one thread: PyTorch decodes the F32 Qwen2; two: the Java kernels decode the BF16 Qwen2 and the F32 Llama
        models.add(model("qwen2-f32", ModelFamily.QWEN2_5, TinyModelSpec.tinyQwen2(), 1, DecodePath.PYTORCH));
        models.add(model("qwen2-bf16-sharded", ModelFamily.QWEN2_5,
                TinyModelSpec.tinyQwen2().withDtype(TensorDType.BF16).withShards(3).withSeed(99), 1, DecodePath.JAVA_BF16));
        models.add(model("llama-f32", ModelFamily.LLAMA_3_2, TinyModelSpec.tinyLlama(), 2, DecodePath.JAVA_FP32));
        Files.writeString(ROOT.resolve("manifest.json"), JSON.writeValueAsString(manifest));

        assertEquals(3, models.size());
        models.forEach(m -> m.get("cases").forEach(c -> assertEquals(GREEDY_TOKENS, c.get("greedy").size())));
    }

    private ObjectNode model(String name, ModelFamily family, TinyModelSpec shape, int threads, DecodePath path)
            throws IOException {
        Path dir = ROOT.resolve(name);
        TinyChatModels.write(family, shape, dir);
        if (family == ModelFamily.LLAMA_3_2) {
            useLinearRopeScaling(dir.resolve("config.json"));
        }
        ObjectNode model = JSON.createObjectNode().put("dir", name);
        ArrayNode cases = model.putArray("cases");
        try (DjlCausalLm lm = DjlCausalLm.load(dir, new RuntimeOptions("cpu", 128, threads))) {
            assertEquals(path, lm.decodePath(), name + " decodes where the check means it to");
            model.put("architecture", lm.config().architecture());
            for (int[] prompt : PROMPTS) {
                ObjectNode entry = cases.addObject();
                ArrayNode ids = entry.putArray("prompt");
                for (int id : prompt) {
                    ids.add(id);
                }
                try (Sequence sequence = lm.newSequence(prompt.length + GREEDY_TOKENS)) {
                    float[] logits = sequence.append(prompt);
                    ArrayNode row = entry.putArray("logits");
                    for (float v : logits) {
                        assertTrue(Float.isFinite(v), "finite logits");
                        row.add(v);
                    }
                    ArrayNode greedy = entry.putArray("greedy");
                    for (int i = 0; i < GREEDY_TOKENS; i++) {
                        int next = GREEDY.next(logits, NO_CONTEXT);
                        greedy.add(next);
                        if (i + 1 < GREEDY_TOKENS) {
                            logits = sequence.append(new int[] {next});
                        }
                    }
                }
            }
        }
        return model;
    }

    private static void useLinearRopeScaling(Path config) throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(config.toFile());
        json.putObject("rope_scaling").put("rope_type", "linear").put("factor", 2.0);
        Files.writeString(config, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
    }

}
