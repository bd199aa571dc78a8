package io.aisle.llm.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A model's generation_config.json: its recommended decoding settings. Every field is null (eos:
 * empty) when the file or the key is absent.
 */
public record GenerationConfig(List<Integer> eosTokenIds, Integer bosTokenId, Double temperature, Integer topK,
        Double topP, Double repetitionPenalty, Boolean doSample) {

    public static final String FILE = "generation_config.json";

    public GenerationConfig {
        eosTokenIds = List.copyOf(eosTokenIds);
    }

    public static GenerationConfig read(Path modelDir) {
        Path file = modelDir.resolve(FILE);
        if (!Files.exists(file)) {
            return new GenerationConfig(List.of(), null, null, null, null, null, null);
        }
        try {
            return parse(new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    public static GenerationConfig parse(JsonNode json) {
        List<Integer> bos = JsonFields.intOrList(json, "bos_token_id");
        return new GenerationConfig(JsonFields.intOrList(json, "eos_token_id"), bos.isEmpty() ? null : bos.get(0),
                JsonFields.optionalDouble(json, "temperature"), JsonFields.optionalInt(json, "top_k"),
                JsonFields.optionalDouble(json, "top_p"), JsonFields.optionalDouble(json, "repetition_penalty"),
                JsonFields.optionalBoolean(json, "do_sample"));
    }
}
