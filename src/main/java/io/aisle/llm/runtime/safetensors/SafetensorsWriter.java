package io.aisle.llm.runtime.safetensors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a safetensors file tensor by tensor, so a model larger than the heap can be written: the
 * header (which needs every shape up front) is written on creation, then each tensor's data in
 * the declared order.
 */
public final class SafetensorsWriter implements AutoCloseable {

    private final Path path;
    private final TensorDType dtype;
    private final List<Map.Entry<String, long[]>> pending;
    private final OutputStream out;
    private int next;

    /** Creates the file and writes its header; {@code shapes} gives the tensors in file order. */
    public SafetensorsWriter(Path path, TensorDType dtype, LinkedHashMap<String, long[]> shapes) {
        this.path = path;
        this.dtype = dtype;
        this.pending = new ArrayList<>(shapes.entrySet());
        try {
            this.out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 20);
            byte[] header = header(dtype, shapes);
            ByteBuffer length = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(header.length);
            out.write(length.array());
            out.write(header);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
    }

    /** The header JSON, padded with spaces so that the data starts 8-byte aligned. */
    static byte[] header(TensorDType dtype, LinkedHashMap<String, long[]> shapes) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode header = json.createObjectNode();
        header.putObject("__metadata__").put("format", "pt");
        long offset = 0;
        for (Map.Entry<String, long[]> tensor : shapes.entrySet()) {
            ObjectNode node = header.putObject(tensor.getKey());
            node.put("dtype", dtype.name());
            ArrayNode shape = node.putArray("shape");
            Arrays.stream(tensor.getValue()).forEach(shape::add);
            long bytes = Arrays.stream(tensor.getValue()).reduce(1, Math::multiplyExact) * dtype.bytes();
            node.putArray("data_offsets").add(offset).add(offset + bytes);
            offset += bytes;
        }
        StringBuilder text = new StringBuilder(header.toString());
        while (text.toString().getBytes(StandardCharsets.UTF_8).length % 8 != 0) {
            text.append(' ');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the next tensor; names must come in the order given to the constructor. */
    public void write(String name, float[] values) {
        if (next >= pending.size() || !pending.get(next).getKey().equals(name)) {
            throw new IllegalStateException("Expected tensor " + (next < pending.size() ? pending.get(next).getKey() : "none")
                    + " next in " + path + ", got " + name);
        }
        long expected = Arrays.stream(pending.get(next).getValue()).reduce(1, Math::multiplyExact);
        if (values.length != expected) {
            throw new IllegalArgumentException("Tensor " + name + " needs " + expected + " values, got " + values.length);
        }
        ByteBuffer buffer = ByteBuffer.allocate(values.length * dtype.bytes()).order(ByteOrder.LITTLE_ENDIAN);
        dtype.encode(values, buffer);
        try {
            out.write(buffer.array());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
        next++;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
        if (next != pending.size()) {
            throw new IllegalStateException(path + " was closed after " + next + " of " + pending.size() + " tensors");
        }
    }
}
