package io.aisle.ltv.deep;

import io.aisle.ltv.features.FittedFeatures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained model as one byte array (for a bytea column or a file): a magic number and format
 * version, the fitted features, the hyper-parameters that shape the network, the value cap, then
 * the network parameters in DJL's format.
 */
public final class ZilnModelCodec {

    private static final int MAGIC = 0x5A494C4E; // "ZILN"
    private static final int VERSION = 1;

    private ZilnModelCodec() {
    }

    public static byte[] toBytes(ZilnModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            model.features().writeTo(out);
            writeConfig(out, model.network().config());
            out.writeInt(model.network().inputSize());
            out.writeDouble(model.network().valueCap());
            byte[] parameters = model.network().parameters();
            out.writeInt(parameters.length);
            out.write(parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** @throws IllegalArgumentException if the bytes are not a model written by {@link #toBytes} */
    public static ZilnModel fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IllegalArgumentException("not a ZILN model (or an unknown format version)");
            }
            FittedFeatures features = FittedFeatures.readFrom(in);
            ZilnConfig config = readConfig(in);
            int inputSize = in.readInt();
            double valueCap = in.readDouble();
            int length = in.readInt();
            byte[] parameters = in.readNBytes(Math.max(0, length));
            if (parameters.length != length) {
                throw new IllegalArgumentException("truncated ZILN model");
            }
            return new ZilnModel(features, ZilnNetwork.load(config, inputSize, valueCap, parameters));
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated ZILN model", e);
        }
    }

    private static void writeConfig(DataOutputStream out, ZilnConfig c) throws IOException {
        out.writeInt(c.hiddenUnits().size());
        for (int units : c.hiddenUnits()) {
            out.writeInt(units);
        }
        out.writeFloat(c.dropout());
        out.writeFloat(c.learningRate());
        out.writeFloat(c.weightDecay());
        out.writeInt(c.batchSize());
        out.writeInt(c.maxEpochs());
        out.writeInt(c.patience());
        out.writeFloat(c.validationFraction());
        out.writeInt(c.seed());
    }

    private static ZilnConfig readConfig(DataInputStream in) throws IOException {
        int layers = in.readInt();
        List<Integer> hidden = new ArrayList<>(layers);
        for (int i = 0; i < layers; i++) {
            hidden.add(in.readInt());
        }
        return new ZilnConfig(hidden, in.readFloat(), in.readFloat(), in.readFloat(), in.readInt(), in.readInt(), in.readInt(),
                in.readFloat(), in.readInt());
    }
}
