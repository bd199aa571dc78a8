package io.aisle.llm.runtime.safetensors;

/**
 * Conversions between float and the two 16-bit float formats of model files. Java 17 has no
 * Float.float16ToFloat, and DJL's PyTorch engine aborts the JVM on BF16 arrays, so both formats
 * are widened here before any weight reaches DJL. Narrowing rounds to nearest, ties to even,
 * as PyTorch's {@code tensor.to(dtype)} does.
 */
public final class HalfPrecision {

    private static final int FLOAT_EXPONENT_BIAS = 127;
    private static final int HALF_EXPONENT_BIAS = 15;
    /** 65520: half-way between the largest half (65504) and 65536; from here on a half is infinite. */
    private static final int HALF_OVERFLOW_BITS = 0x477ff000;
    /** 2^-14, the smallest normal half; below it halves are subnormal multiples of 2^-24. */
    private static final int HALF_MIN_NORMAL_BITS = 0x38800000;

    private HalfPrecision() {
    }

    public static float bf16ToFloat(short bits) {
        return Float.intBitsToFloat((bits & 0xffff) << 16);
    }

    public static short floatToBf16(float value) {
        int bits = Float.floatToRawIntBits(value);
        if ((bits & 0x7fffffff) > 0x7f800000) {
            // NaN: keep it a (quiet) NaN, rounding could carry it into infinity
            return (short) ((bits >>> 16) | 0x40);
        }
        int roundingBias = 0x7fff + ((bits >>> 16) & 1);
        return (short) ((bits + roundingBias) >>> 16);
    }

    public static float f16ToFloat(short half) {
        int bits = half & 0xffff;
        int sign = (bits & 0x8000) << 16;
        int exponent = (bits >>> 10) & 0x1f;
        int mantissa = bits & 0x3ff;
        if (exponent == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13));
        }
        if (exponent == 0) {
            // zero or subnormal: mantissa * 2^-24, exact in float
            float magnitude = mantissa * 0x1p-24f;
            return sign == 0 ? magnitude : -magnitude;
        }
        int floatExponent = exponent - HALF_EXPONENT_BIAS + FLOAT_EXPONENT_BIAS;
        return Float.intBitsToFloat(sign | (floatExponent << 23) | (mantissa << 13));
    }

    public static short floatToF16(float value) {
        int bits = Float.floatToRawIntBits(value);
        int sign = (bits >>> 16) & 0x8000;
        int magnitude = bits & 0x7fffffff;
        if (magnitude >= 0x7f800000) {
            int nanPayload = magnitude > 0x7f800000 ? 0x200 | ((magnitude >>> 13) & 0x3ff) : 0;
            return (short) (sign | 0x7c00 | nanPayload);
        }
        if (magnitude >= HALF_OVERFLOW_BITS) {
            return (short) (sign | 0x7c00);
        }
        if (magnitude < HALF_MIN_NORMAL_BITS) {
            // scaling by 2^24 is exact; rint rounds ties to even, and 1024 encodes the smallest normal
            int units = (int) Math.rint(Float.intBitsToFloat(magnitude) * 0x1p24f);
            return (short) (sign | units);
        }
        int exponent = (magnitude >>> 23) - FLOAT_EXPONENT_BIAS + HALF_EXPONENT_BIAS;
        int mantissa = magnitude & 0x7fffff;
        int half = (exponent << 10) | (mantissa >>> 13);
        int dropped = mantissa & 0x1fff;
        if (dropped > 0x1000 || (dropped == 0x1000 && (half & 1) != 0)) {
            half++; // a carry out of the mantissa correctly bumps the exponent
        }
        return (short) (sign | half);
    }
}
