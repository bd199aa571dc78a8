package io.aisle.llm.runtime.safetensors;

import java.nio.ByteBuffer;

/** The safetensors element types this runtime reads and writes, with their float conversions. */
public enum TensorDType {
    F32(4), F16(2), BF16(2);

    private final int bytes;

    TensorDType(int bytes) {
        this.bytes = bytes;
    }

    public int bytes() {
        return bytes;
    }

    public static TensorDType parse(String name, String tensor) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Tensor " + tensor + " has dtype " + name
                    + "; only F32, F16 and BF16 are supported", e);
        }
    }

    /** Reads count elements from a little-endian buffer positioned at the first one. */
    void decode(ByteBuffer source, float[] target, int count) {
        switch (this) {
            case F32 -> source.asFloatBuffer().get(target, 0, count);
            case F16 -> {
                for (int i = 0; i < count; i++) {
                    target[i] = HalfPrecision.f16ToFloat(source.getShort());
                }
            }
            case BF16 -> {
                for (int i = 0; i < count; i++) {
                    target[i] = HalfPrecision.bf16ToFloat(source.getShort());
                }
            }
        }
    }

    /** Appends the values to a little-endian buffer in this type. */
    void encode(float[] values, ByteBuffer target) {
        switch (this) {
            case F32 -> {
                target.asFloatBuffer().put(values);
                target.position(target.position() + values.length * 4);
            }
            case F16 -> {
                for (float value : values) {
                    target.putShort(HalfPrecision.floatToF16(value));
                }
            }
            case BF16 -> {
                for (float value : values) {
                    target.putShort(HalfPrecision.floatToBf16(value));
                }
            }
        }
    }

    /** The value as it reads back after a round trip through this type. */
    public float round(float value) {
        return switch (this) {
            case F32 -> value;
            case F16 -> HalfPrecision.f16ToFloat(HalfPrecision.floatToF16(value));
            case BF16 -> HalfPrecision.bf16ToFloat(HalfPrecision.floatToBf16(value));
        };
    }
}
