package io.aisle.llm.runtime.safetensors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A safetensors file: an 8-byte little-endian header length, a JSON header naming each tensor's
 * dtype, shape and byte range, then the raw little-endian data. Each tensor is memory-mapped on
 * its own when read, so files beyond 2 GB (one mapping's limit) work as long as no single tensor
 * exceeds it.
 */
public final class SafetensorsFile implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_HEADER_BYTES = 100L << 20;

    private final Path path;
    private final FileChannel channel;
    private final long dataStart;
    private final Map<String, TensorEntry> tensors;

    private SafetensorsFile(Path path, FileChannel channel, long dataStart, Map<String, TensorEntry> tensors) {
        this.path = path;
        this.channel = channel;
        this.dataStart = dataStart;
        this.tensors = tensors;
    }

    public static SafetensorsFile open(Path path) {
        try {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
            try {
                ByteBuffer length = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
                readFully(channel, length, 0);
                long headerBytes = length.flip().getLong();
                if (headerBytes <= 0 || headerBytes > MAX_HEADER_BYTES || 8 + headerBytes > channel.size()) {
                    throw new IllegalArgumentException(path + " is not a safetensors file (header length " + headerBytes + ")");
                }
                ByteBuffer header = ByteBuffer.allocate((int) headerBytes);
                readFully(channel, header, 8);
                JsonNode json = JSON.readTree(new String(header.array(), StandardCharsets.UTF_8));
                long dataStart = 8 + headerBytes;
                return new SafetensorsFile(path, channel, dataStart, parseEntries(json, channel.size() - dataStart, path));
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private static Map<String, TensorEntry> parseEntries(JsonNode header, long dataBytes, Path path) {
        Map<String, TensorEntry> entries = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = header.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equals("__metadata__")) {
                continue;
            }
            JsonNode node = field.getValue();
            JsonNode shapeNode = node.get("shape");
            long[] shape = new long[shapeNode.size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = shapeNode.get(i).asLong();
            }
            JsonNode offsets = node.get("data_offsets");
            TensorEntry entry = new TensorEntry(field.getKey(), TensorDType.parse(node.get("dtype").asText(), field.getKey()),
                    shape, offsets.get(0).asLong(), offsets.get(1).asLong());
            entry.checkConsistent();
            if (entry.end() > dataBytes) {
                throw new IllegalArgumentException("Tensor " + entry.name() + " lies beyond the end of " + path);
            }
            entries.put(entry.name(), entry);
        }
        return Collections.unmodifiableMap(entries);
    }

    private static void readFully(FileChannel channel, ByteBuffer target, long position) throws IOException {
        long at = position;
        while (target.hasRemaining()) {
            int read = channel.read(target, at);
            if (read < 0) {
                throw new IOException("Unexpected end of file");
            }
            at += read;
        }
    }

    public Path path() {
        return path;
    }

    public Map<String, TensorEntry> tensors() {
        return tensors;
    }

    public TensorEntry entry(String name) {
        TensorEntry entry = tensors.get(name);
        if (entry == null) {
            throw new IllegalArgumentException("No tensor " + name + " in " + path);
        }
        return entry;
    }

    /** The tensor's values widened to float, in row-major order. */
    public float[] read(String name) {
        TensorEntry entry = entry(name);
        ByteBuffer mapped = map(entry);
        float[] values = new float[(int) entry.elementCount()];
        entry.dtype().decode(mapped, values, values.length);
        return values;
    }

    /** The tensor's raw little-endian bytes, memory-mapped (read-only). */
    public ByteBuffer map(String name) {
        return map(entry(name));
    }

    private ByteBuffer map(TensorEntry entry) {
        long bytes = entry.end() - entry.begin();
        if (bytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Tensor " + entry.name() + " has " + bytes
                    + " bytes; at most 2 GB per tensor are supported");
        }
        try {
            return channel.map(FileChannel.MapMode.READ_ONLY, dataStart + entry.begin(), bytes).order(ByteOrder.LITTLE_ENDIAN);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read tensor " + entry.name() + " from " + path, e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
