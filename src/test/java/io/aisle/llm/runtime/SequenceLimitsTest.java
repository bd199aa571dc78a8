package io.aisle.llm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aisle.llm.tiny.TinyModelSpec;
import io.aisle.llm.tiny.TinyModelWriter;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SequenceLimitsTest {

    @TempDir
    Path dir;

    @Test
    void appendingBeyondTheSequenceCapacityIsRefusedAndLeavesTheSequenceUsable() {
        TinyModelWriter.write(TinyModelSpec.tinyQwen2(), dir);
        try (DjlCausalLm model = DjlCausalLm.load(dir, RuntimeOptions.cpu(32)); Sequence sequence = model.newSequence(8)) {
            sequence.append(new int[] {1, 2, 3, 4, 5});
            ContextLengthExceededException e = assertThrows(ContextLengthExceededException.class,
                    () -> sequence.append(new int[] {6, 7, 8, 9}));
            assertEquals(8, e.capacity());
            assertEquals(9, e.requested());
            assertEquals(5, sequence.length());
            sequence.append(new int[] {6, 7, 8});
            assertEquals(8, sequence.length());
            assertThrows(ContextLengthExceededException.class, () -> sequence.append(new int[] {9}));
        }
    }

    @Test
    void sequencesLongerThanTheConfiguredContextAreRefused() {
        TinyModelWriter.write(TinyModelSpec.tinyQwen2(), dir);
        try (DjlCausalLm model = DjlCausalLm.load(dir, RuntimeOptions.cpu(32))) {
            assertThrows(IllegalArgumentException.class, () -> model.newSequence(33));
        }
        assertThrows(IllegalArgumentException.class, () -> DjlCausalLm.load(dir, RuntimeOptions.cpu(1025)));
    }

    @Test
    void tokensOutsideTheVocabularyAreRefused() {
        TinyModelWriter.write(TinyModelSpec.tinyQwen2(), dir);
        try (DjlCausalLm model = DjlCausalLm.load(dir, RuntimeOptions.cpu(32)); Sequence sequence = model.newSequence(8)) {
            assertThrows(IllegalArgumentException.class, () -> sequence.append(new int[] {512}));
            assertEquals(0, sequence.length());
        }
    }

    @Test
    void appendsFreeTheirIntermediateArrays() {
        TinyModelWriter.write(TinyModelSpec.tinyLlama(), dir);
        try (DjlCausalLm model = DjlCausalLm.load(dir, RuntimeOptions.cpu(32))) {
            int idle = model.liveArrays();
            try (DjlSequence sequence = model.newSequence(32)) {
                sequence.append(new int[] {1, 2, 3});
                int afterPrefill = model.liveArrays();
                for (int token = 4; token < 20; token++) {
                    sequence.append(new int[] {token});
                }
                sequence.appendAll(new int[] {20, 21});
                assertEquals(afterPrefill, model.liveArrays());
            }
            assertEquals(idle, model.liveArrays(), "closing a sequence frees its caches");
        }
    }

    @Test
    void unsupportedArchitectureIsNamedInTheError() throws IOException {
        TinyModelWriter.write(TinyModelSpec.tinyLlama(), dir);
        ObjectMapper json = new ObjectMapper();
        ObjectNode config = (ObjectNode) json.readTree(dir.resolve("config.json").toFile());
        config.putArray("architectures").add("MistralForCausalLM");
        json.writeValue(dir.resolve("config.json").toFile(), config);
        UnsupportedModelException e = assertThrows(UnsupportedModelException.class,
                () -> DjlCausalLm.load(dir, RuntimeOptions.cpu(32)));
        assertTrue(e.getMessage().contains("MistralForCausalLM"), e.getMessage());
    }
}
