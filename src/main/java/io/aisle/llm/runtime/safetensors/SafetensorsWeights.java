package io.aisle.llm.runtime.safetensors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The weights of a Hugging Face model folder: {@value #SINGLE_FILE}, or the shards that
 * {@value #INDEX_FILE}'s weight_map names.
 */
public final class SafetensorsWeights implements AutoCloseable {

    public static final String SINGLE_FILE = "model.safetensors";
    public static final String INDEX_FILE = "model.safetensors.index.json";

    private final List<SafetensorsFile> files;
    private final Map<String, SafetensorsFile> fileByTensor;

    private SafetensorsWeights(List<SafetensorsFile> files, Map<String, SafetensorsFile> fileByTensor) {
        this.files = files;
        this.fileByTensor = fileByTensor;
    }

    public static SafetensorsWeights open(Path modelDir) {
        Path index = modelDir.resolve(INDEX_FILE);
        if (Files.exists(index)) {
            return openSharded(modelDir, index);
        }
        Path single = modelDir.resolve(SINGLE_FILE);
        if (!Files.exists(single)) {
            throw new IllegalArgumentException("No " + SINGLE_FILE + " or " + INDEX_FILE + " in " + modelDir);
        }
        SafetensorsFile file = SafetensorsFile.open(single);
        Map<String, SafetensorsFile> byTensor = new LinkedHashMap<>();
        file.tensors().keySet().forEach(name -> byTensor.put(name, file));
        return new SafetensorsWeights(List.of(file), byTensor);
    }

    private static SafetensorsWeights openSharded(Path modelDir, Path index) {
        JsonNode weightMap;
        try {
            weightMap = new ObjectMapper().readTree(index.toFile()).get("weight_map");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + index, e);
        }
        if (weightMap == null) {
            throw new IllegalArgumentException(index + " has no weight_map");
        }
        Map<String, SafetensorsFile> shards = new HashMap<>();
        Map<String, SafetensorsFile> byTensor = new LinkedHashMap<>();
        List<SafetensorsFile> opened = new ArrayList<>();
        try {
            for (Iterator<Map.Entry<String, JsonNode>> it = weightMap.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> mapping = it.next();
                SafetensorsFile shard = shards.computeIfAbsent(mapping.getValue().asText(), shardName -> {
                    SafetensorsFile file = SafetensorsFile.open(modelDir.resolve(shardName));
                    opened.add(file);
                    return file;
                });
                shard.entry(mapping.getKey()); // fails early if the index points at the wrong shard
                byTensor.put(mapping.getKey(), shard);
            }
        } catch (RuntimeException e) {
            opened.forEach(SafetensorsFile::close);
            throw e;
        }
        return new SafetensorsWeights(opened, byTensor);
    }

    public Set<String> names() {
        return fileByTensor.keySet();
    }

    public boolean contains(String name) {
        return fileByTensor.containsKey(name);
    }

    public TensorEntry entry(String name) {
        return file(name).entry(name);
    }

    public float[] read(String name) {
        return file(name).read(name);
    }

    /** Reads the tensor and checks that it has the expected shape. */
    public float[] read(String name, long... expectedShape) {
        checkShape(name, expectedShape);
        return read(name);
    }

    private void checkShape(String name, long... expectedShape) {
        long[] actual = entry(name).shape();
        if (!Arrays.equals(actual, expectedShape)) {
            throw new IllegalArgumentException("Tensor " + name + " has shape " + Arrays.toString(actual)
                    + ", the config implies " + Arrays.toString(expectedShape));
        }
    }

    /** The BF16 tensor's raw bits, checked for its shape, as a little-endian memory-mapped view. */
    public ShortBuffer bf16Bits(String name, long... expectedShape) {
        checkShape(name, expectedShape);
        if (entry(name).dtype() != TensorDType.BF16) {
            throw new IllegalArgumentException("Tensor " + name + " is " + entry(name).dtype() + ", not BF16");
        }
        return file(name).map(name).asShortBuffer();
    }

    private SafetensorsFile file(String name) {
        SafetensorsFile file = fileByTensor.get(name);
        if (file == null) {
            throw new IllegalArgumentException("The model has no tensor " + name);
        }
        return file;
    }

    @Override
    public void close() {
        files.forEach(SafetensorsFile::close);
    }
}
