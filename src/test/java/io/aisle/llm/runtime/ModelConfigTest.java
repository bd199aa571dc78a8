package io.aisle.llm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.llm.tiny.TinyModelSpec;
import io.aisle.llm.tiny.TinyModelWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelConfigTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The published config.json of meta-llama/Llama-3.2-1B-Instruct. */
    private static final String LLAMA_3_2_1B = """
            {"architectures": ["LlamaForCausalLM"], "attention_bias": false, "attention_dropout": 0.0,
             "bos_token_id": 128000, "eos_token_id": [128001, 128008, 128009], "head_dim": 64,
             "hidden_act": "silu", "hidden_size": 2048, "initializer_range": 0.02, "intermediate_size": 8192,
             "max_position_embeddings": 131072, "mlp_bias": false, "model_type": "llama",
             "num_attention_heads": 32, "num_hidden_layers": 16, "num_key_value_heads": 8, "pretraining_tp": 1,
             "rms_norm_eps": 1e-05, "rope_scaling": {"factor": 32.0, "high_freq_factor": 4.0,
             "low_freq_factor": 1.0, "original_max_position_embeddings": 8192, "rope_type": "llama3"},
             "rope_theta": 500000.0, "tie_word_embeddings": true, "torch_dtype": "bfloat16",
             "transformers_version": "4.45.0.dev0", "use_cache": true, "vocab_size": 128256}
            """;

    @TempDir
    Path dir;

    @Test
    void llama32ConfigIsReadWithItsEosListAndLlama3RopeScaling() throws IOException {
        ModelConfig config = ModelConfig.parse(JSON.readTree(LLAMA_3_2_1B));
        assertEquals(ModelConfig.LLAMA, config.architecture());
        assertEquals(List.of(128001, 128008, 128009), config.eosTokenIds());
        assertEquals(128000, config.bosTokenId());
        assertEquals(RopeScaling.llama3(32, 1, 4, 8192), config.ropeScaling());
        assertEquals(64, config.headDim());
        assertEquals(8, config.numKeyValueHeads());
        assertTrue(config.tieWordEmbeddings());
        assertFalse(config.qkvBias());
        assertEquals(1e-5, config.rmsNormEps());
        assertEquals("bfloat16", config.torchDtype());
    }

    @Test
    void absentKeysTakeTransformersDefaults() throws IOException {
        ModelConfig config = ModelConfig.parse(JSON.readTree("""
                {"architectures": ["Qwen2ForCausalLM"], "vocab_size": 100, "hidden_size": 32,
                 "intermediate_size": 64, "num_hidden_layers": 1, "num_attention_heads": 4}
                """));
        assertEquals(4, config.numKeyValueHeads());
        assertEquals(8, config.headDim());
        assertNull(config.ropeScaling());
        assertNull(config.bosTokenId());
        assertTrue(config.eosTokenIds().isEmpty());
        assertTrue(config.qkvBias(), "Qwen2 always biases q, k and v");
        assertFalse(config.outputProjectionBias());
    }

    @Test
    void linearRopeScalingIsReadFromTheOlderTypeKey() throws IOException {
        ModelConfig config = ModelConfig.parse(JSON.readTree("""
                {"architectures": ["LlamaForCausalLM"], "vocab_size": 100, "hidden_size": 32, "intermediate_size": 64,
                 "num_hidden_layers": 1, "num_attention_heads": 4, "rope_scaling": {"type": "linear", "factor": 4.0}}
                """));
        assertEquals(RopeScaling.LINEAR, config.ropeScaling().type());
        assertEquals(4.0, config.ropeScaling().factor());
    }

    @Test
    void unknownRopeScalingIsRefused() throws IOException {
        var json = JSON.readTree("""
                {"architectures": ["LlamaForCausalLM"], "vocab_size": 100, "hidden_size": 32, "intermediate_size": 64,
                 "num_hidden_layers": 1, "num_attention_heads": 4, "rope_scaling": {"rope_type": "yarn", "factor": 4.0}}
                """);
        UnsupportedModelException e = assertThrows(UnsupportedModelException.class, () -> ModelConfig.parse(json));
        assertTrue(e.getMessage().contains("yarn"));
    }

    @Test
    void generatedTinyModelsHaveConfigsTheRuntimeReadsBack() {
        TinyModelSpec spec = TinyModelSpec.tinyQwen2();
        TinyModelWriter.write(spec, dir);
        ModelConfig config = ModelConfig.read(dir);
        assertEquals(ModelConfig.QWEN2, config.architecture());
        assertEquals("qwen2", config.modelType());
        assertEquals(spec.vocabSize(), config.vocabSize());
        assertEquals(spec.kvHeads(), config.numKeyValueHeads());
        assertEquals(1e6, config.ropeTheta());
        assertTrue(config.tieWordEmbeddings());
        GenerationConfig generation = GenerationConfig.read(dir);
        assertEquals(List.of(510, 509), generation.eosTokenIds());
        assertEquals(20, generation.topK());
        assertEquals(0.8, generation.topP());
        assertEquals(1.1, generation.repetitionPenalty());
        assertTrue(generation.doSample());
    }

    @Test
    void tinyLlamaRopeScalingTouchesAllThreeFrequencyBands() {
        TinyModelWriter.write(TinyModelSpec.tinyLlama(), dir);
        ModelConfig config = ModelConfig.read(dir);
        RopeScaling scaling = config.ropeScaling();
        double high = scaling.originalMaxPositionEmbeddings() / scaling.highFreqFactor();
        double low = scaling.originalMaxPositionEmbeddings() / scaling.lowFreqFactor();
        boolean[] band = new boolean[3];
        for (int i = 0; i < config.headDim() / 2; i++) {
            double wavelength = 2 * Math.PI * Math.pow(config.ropeTheta(), 2.0 * i / config.headDim());
            band[wavelength < high ? 0 : wavelength > low ? 2 : 1] = true;
        }
        assertTrue(band[0] && band[1] && band[2], "the agreement test would not check every llama3 band");
    }
}
