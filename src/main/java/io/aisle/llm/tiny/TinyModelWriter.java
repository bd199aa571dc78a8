package io.aisle.llm.tiny;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aisle.llm.runtime.GenerationConfig;
import io.aisle.llm.runtime.safetensors.SafetensorsIndexWriter;
import io.aisle.llm.runtime.safetensors.SafetensorsWeights;
import io.aisle.llm.runtime.safetensors.SafetensorsWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a deterministic random model in Hugging Face layout (config.json,
 * generation_config.json, model.safetensors or shards + index), one tensor at a time so even
 * the 0.5B shape needs only one tensor in memory. Tokenizer files are written elsewhere.
 */
public final class TinyModelWriter {

    private TinyModelWriter() {
    }

    public static void write(TinyModelSpec spec, Path modelDir) {
        try {
            Files.createDirectories(modelDir);
            ObjectMapper json = new ObjectMapper();
            json.writerWithDefaultPrettyPrinter().writeValue(modelDir.resolve("config.json").toFile(),
                    TinyModelConfigJson.config(spec));
            json.writerWithDefaultPrettyPrinter().writeValue(modelDir.resolve(GenerationConfig.FILE).toFile(),
                    TinyModelConfigJson.generationConfig(spec));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the model config in " + modelDir, e);
        }
        TinyModelTensors tensors = new TinyModelTensors(spec);
        List<LinkedHashMap<String, long[]>> shards = split(tensors.shapes(), spec);
        Map<String, String> shardByTensor = new LinkedHashMap<>();
        long totalBytes = 0;
        for (int s = 0; s < shards.size(); s++) {
            String file = shards.size() == 1 ? SafetensorsWeights.SINGLE_FILE
                    : String.format("model-%05d-of-%05d.safetensors", s + 1, shards.size());
            try (SafetensorsWriter writer = new SafetensorsWriter(modelDir.resolve(file), spec.dtype(), shards.get(s))) {
                for (Map.Entry<String, long[]> tensor : shards.get(s).entrySet()) {
                    float[] values = tensors.values(tensor.getKey(), tensor.getValue());
                    writer.write(tensor.getKey(), values);
                    shardByTensor.put(tensor.getKey(), file);
                    totalBytes += (long) values.length * spec.dtype().bytes();
                }
            }
        }
        if (shards.size() > 1) {
            SafetensorsIndexWriter.write(modelDir, shardByTensor, totalBytes);
        }
    }

    /** Cuts the tensors, in order, into shards of about equal byte size (never an empty one). */
    private static List<LinkedHashMap<String, long[]>> split(LinkedHashMap<String, long[]> shapes, TinyModelSpec spec) {
        long total = shapes.values().stream().mapToLong(TinyModelWriter::elements).sum();
        int count = Math.min(spec.shards(), shapes.size());
        List<LinkedHashMap<String, long[]>> shards = new ArrayList<>();
        shards.add(new LinkedHashMap<>());
        long written = 0;
        int remainingTensors = shapes.size();
        for (Map.Entry<String, long[]> tensor : shapes.entrySet()) {
            boolean currentFull = written >= total * shards.size() / count && !shards.get(shards.size() - 1).isEmpty();
            boolean mustOpen = remainingTensors == count - shards.size();
            if (shards.size() < count && (currentFull || mustOpen)) {
                shards.add(new LinkedHashMap<>());
            }
            shards.get(shards.size() - 1).put(tensor.getKey(), tensor.getValue());
            written += elements(tensor.getValue());
            remainingTensors--;
        }
        return shards;
    }

    private static long elements(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }
}
