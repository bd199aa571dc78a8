package io.aisle.recommend.model;

import ai.djl.ndarray.types.Shape;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A SASRec model as one byte array (for a bytea column or a file): a magic number and format
 * version, the item count, the configuration, then each weight as name, shape and float values.
 * Plain floats rather than DJL's parameter format, so that the bytes do not depend on DJL's block
 * layout and can be read by other tools.
 */
final class SasRecCodec {

    private static final int MAGIC = 0x53415352; // "SASR"
    private static final int VERSION = 1;

    private SasRecCodec() {
    }

    static byte[] encode(int itemCount, SasRecConfig c, SasRecParameters parameters) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(itemCount);
            writeConfig(out, c);
            Map<String, Shape> shapes = parameters.shapes();
            Map<String, float[]> values = parameters.values();
            out.writeInt(shapes.size());
            for (Map.Entry<String, Shape> e : shapes.entrySet()) {
                out.writeUTF(e.getKey());
                long[] dims = e.getValue().getShape();
                out.writeInt(dims.length);
                for (long dim : dims) {
                    out.writeLong(dim);
                }
                for (float v : values.get(e.getKey())) {
                    out.writeFloat(v);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static SasRecModel decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IllegalArgumentException("not a SASRec model (or an unknown format version)");
            }
            int itemCount = in.readInt();
            SasRecConfig config = readConfig(in);
            int count = in.readInt();
            Map<String, Shape> shapes = new LinkedHashMap<>();
            Map<String, float[]> values = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                long[] dims = new long[in.readInt()];
                for (int k = 0; k < dims.length; k++) {
                    dims[k] = in.readLong();
                }
                Shape shape = new Shape(dims);
                float[] v = new float[Math.toIntExact(shape.size())];
                for (int k = 0; k < v.length; k++) {
                    v[k] = in.readFloat();
                }
                shapes.put(name, shape);
                values.put(name, v);
            }
            return new SasRecModel(itemCount, config, SasRecParameters.of(values, shapes));
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated SASRec model", e);
        }
    }

    private static void writeConfig(DataOutputStream out, SasRecConfig c) throws IOException {
        for (int v : new int[] {c.maxLength(), c.hiddenSize(), c.blocks(), c.heads()}) {
            out.writeInt(v);
        }
        out.writeFloat(c.dropout());
        out.writeFloat(c.learningRate());
        out.writeFloat(c.weightDecay());
        for (int v : new int[] {c.batchSize(), c.maxEpochs(), c.patience()}) {
            out.writeInt(v);
        }
        out.writeLong(c.seed());
    }

    private static SasRecConfig readConfig(DataInputStream in) throws IOException {
        return new SasRecConfig(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readFloat(), in.readFloat(),
                in.readFloat(), in.readInt(), in.readInt(), in.readInt(), in.readLong());
    }
}
