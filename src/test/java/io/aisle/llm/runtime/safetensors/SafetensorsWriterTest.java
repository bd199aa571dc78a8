package io.aisle.llm.runtime.safetensors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsWriterTest {

    @TempDir
    Path dir;

    @Test
    void writtenFilesFollowTheSafetensorsLayoutAndReadBack() throws IOException {
        LinkedHashMap<String, long[]> shapes = new LinkedHashMap<>();
        shapes.put("a", new long[] {2, 3});
        shapes.put("b", new long[] {5});
        float[] a = {1, -2, 3.5f, 0, 1e-3f, -7};
        float[] b = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f};
        Path file = dir.resolve("t.safetensors");
        try (SafetensorsWriter writer = new SafetensorsWriter(file, TensorDType.F16, shapes)) {
            writer.write("a", a);
            writer.write("b", b);
        }
        byte[] bytes = Files.readAllBytes(file);
        long headerLength = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals(0, headerLength % 8, "data must start 8-byte aligned");
        assertEquals(8 + headerLength + 2 * (a.length + b.length), bytes.length);
        JsonNode header = new ObjectMapper().readTree(new String(bytes, 8, (int) headerLength, StandardCharsets.UTF_8));
        assertEquals("pt", header.get("__metadata__").get("format").asText());
        assertEquals("F16", header.get("b").get("dtype").asText());
        assertEquals(12, header.get("b").get("data_offsets").get(0).asLong());
        try (SafetensorsFile read = SafetensorsFile.open(file)) {
            assertArrayEquals(rounded(a, TensorDType.F16), read.read("a"));
            assertArrayEquals(rounded(b, TensorDType.F16), read.read("b"));
            assertArrayEquals(new long[] {2, 3}, read.entry("a").shape());
        }
    }

    @Test
    void tensorsMustBeWrittenInTheDeclaredOrderAndShape() {
        LinkedHashMap<String, long[]> shapes = new LinkedHashMap<>(Map.of("x", new long[] {2}));
        SafetensorsWriter writer = new SafetensorsWriter(dir.resolve("x.safetensors"), TensorDType.F32, shapes);
        assertThrows(IllegalStateException.class, () -> writer.write("y", new float[2]));
        assertThrows(IllegalArgumentException.class, () -> writer.write("x", new float[3]));
        assertThrows(IllegalStateException.class, writer::close, "closing before every tensor is written");
    }

    private static float[] rounded(float[] values, TensorDType dtype) {
        float[] copy = Arrays.copyOf(values, values.length);
        for (int i = 0; i < copy.length; i++) {
            copy[i] = dtype.round(copy[i]);
        }
        return copy;
    }
}
