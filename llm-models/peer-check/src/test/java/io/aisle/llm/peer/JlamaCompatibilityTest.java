package io.aisle.llm.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JlamaCompatibilityTest {

    private static final String LLAMA = "\"model_type\":\"llama\",\"hidden_size\":64,\"num_attention_heads\":4,\"intermediate_size\":128";
    private static final String QWEN2 = "\"model_type\":\"qwen2\",\"hidden_size\":64,\"num_attention_heads\":4,\"intermediate_size\":128,\"rope_theta\":1000000.0";

    @Test
    void aPlainLlamaOrQwen2ConfigIsAccepted() throws Exception {
        assertEquals(List.of(), problems("{" + LLAMA + "}"));
        assertEquals(List.of(), problems("{" + QWEN2 + ",\"eos_token_id\":151645}"));
    }

    @Test
    void llama3RopeScalingIsRefusedUnlessItsFactorIsOne() throws Exception {
        String scaling = ",\"rope_scaling\":{\"rope_type\":\"llama3\",\"factor\":%s,\"low_freq_factor\":1.0,"
                + "\"high_freq_factor\":4.0,\"original_max_position_embeddings\":8192}";
        assertEquals(1, problems("{" + LLAMA + scaling.formatted("32.0") + "}").size());
        assertEquals(List.of(), problems("{" + LLAMA + scaling.formatted("1.0") + "}"));
    }

    @Test
    void linearRopeScalingCountsOnlyWhenNamedByRopeType() throws Exception {
        assertEquals(List.of(), problems("{" + LLAMA + ",\"rope_scaling\":{\"rope_type\":\"linear\",\"factor\":2.0}}"));
        assertEquals(1, problems("{" + LLAMA + ",\"rope_scaling\":{\"type\":\"linear\",\"factor\":2.0}}").size());
    }

    @Test
    void featuresJlamaIgnoresAreRefused() throws Exception {
        assertTrue(problems("{" + QWEN2 + ",\"eos_token_id\":[1,2]}").get(0).contains("eos_token_id"));
        assertTrue(problems("{" + LLAMA + ",\"head_dim\":32}").get(0).contains("head_dim"));
        assertTrue(problems("{" + LLAMA + ",\"attention_bias\":true}").get(0).contains("biases"));
        assertTrue(problems("{\"model_type\":\"qwen2\",\"hidden_size\":64,\"num_attention_heads\":4,\"intermediate_size\":128}")
                .get(0).contains("rope_theta"));
    }

    @Test
    void aDimensionThatIsNoMultipleOfTheVectorLanesIsRefused() throws Exception {
        assertTrue(problems("{\"model_type\":\"llama\",\"hidden_size\":60,\"num_attention_heads\":4,\"intermediate_size\":128}")
                .stream().anyMatch(p -> p.contains("float lanes")));
    }

    private static List<String> problems(String json) throws Exception {
        JsonNode config = new ObjectMapper().readTree(json);
        return JlamaCompatibility.problems(config);
    }
}
