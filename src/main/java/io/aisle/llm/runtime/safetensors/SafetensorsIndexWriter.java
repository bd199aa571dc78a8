package io.aisle.llm.runtime.safetensors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** Writes {@value SafetensorsWeights#INDEX_FILE}, the map from tensor name to shard file of a sharded model. */
public final class SafetensorsIndexWriter {

    private SafetensorsIndexWriter() {
    }

    /** @param shardByTensor tensor name to shard file name, in the order to list them */
    public static void write(Path modelDir, Map<String, String> shardByTensor, long totalBytes) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode index = json.createObjectNode();
        index.putObject("metadata").put("total_size", totalBytes);
        ObjectNode weightMap = index.putObject("weight_map");
        shardByTensor.forEach(weightMap::put);
        try {
            json.writerWithDefaultPrettyPrinter().writeValue(modelDir.resolve(SafetensorsWeights.INDEX_FILE).toFile(), index);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the safetensors index in " + modelDir, e);
        }
    }
}
