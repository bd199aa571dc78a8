package io.aisle.llm.runtime.safetensors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HalfPrecisionTest {

    @Test
    void everyHalfSurvivesARoundTripThroughFloat() {
        for (int bits = 0; bits < 0x10000; bits++) {
            float value = HalfPrecision.f16ToFloat((short) bits);
            if (Float.isNaN(value)) {
                assertTrue(Float.isNaN(HalfPrecision.f16ToFloat(HalfPrecision.floatToF16(value))));
            } else {
                assertEquals(bits, HalfPrecision.floatToF16(value) & 0xffff, "half 0x" + Integer.toHexString(bits));
            }
        }
    }

    @Test
    void halvesDecodeToTheirKnownValues() {
        assertEquals(1.0f, HalfPrecision.f16ToFloat((short) 0x3c00));
        assertEquals(-2.0f, HalfPrecision.f16ToFloat((short) 0xc000));
        assertEquals(65504f, HalfPrecision.f16ToFloat((short) 0x7bff));
        assertEquals(0x1p-14f, HalfPrecision.f16ToFloat((short) 0x0400), "smallest normal");
        assertEquals(0x1p-24f, HalfPrecision.f16ToFloat((short) 0x0001), "smallest subnormal");
        assertEquals(0x3ffp-24f, HalfPrecision.f16ToFloat((short) 0x03ff), "largest subnormal");
        assertEquals(Float.NEGATIVE_INFINITY, HalfPrecision.f16ToFloat((short) 0xfc00));
        assertTrue(Float.isNaN(HalfPrecision.f16ToFloat((short) 0x7e00)));
        assertEquals(Float.floatToIntBits(-0.0f), Float.floatToIntBits(HalfPrecision.f16ToFloat((short) 0x8000)));
    }

    @Test
    void narrowingToHalfRoundsToNearestWithTiesToEven() {
        float oneUlp = 0x1p-10f; // spacing of halves in [1, 2)
        assertEquals(0x3c00, HalfPrecision.floatToF16(1 + oneUlp / 2) & 0xffff, "tie goes to the even 1.0");
        assertEquals(0x3c02, HalfPrecision.floatToF16(1 + 3 * oneUlp / 2) & 0xffff, "tie goes to the even 1+2ulp");
        assertEquals(0x3c01, HalfPrecision.floatToF16(1 + oneUlp * 0.51f) & 0xffff);
        assertEquals(0x7bff, HalfPrecision.floatToF16(65519f) & 0xffff);
        assertEquals(0x7c00, HalfPrecision.floatToF16(65520f) & 0xffff, "overflow rounds to infinity");
        assertEquals(0x0001, HalfPrecision.floatToF16(0x1.8p-25f) & 0xffff, "0.75 of the smallest subnormal");
        assertEquals(0x0000, HalfPrecision.floatToF16(0x1p-25f) & 0xffff, "tie to even zero");
        assertEquals(0x0400, HalfPrecision.floatToF16(0x1.ffcp-15f) & 0xffff, "subnormal rounding up to the smallest normal");
        assertEquals(0x8000, HalfPrecision.floatToF16(-1e-10f) & 0xffff, "underflow keeps the sign");
    }

    @Test
    void narrowingToBf16RoundsToNearestWithTiesToEven() {
        assertEquals(0x3f80, HalfPrecision.floatToBf16(Float.intBitsToFloat(0x3f808000)) & 0xffff, "tie to even");
        assertEquals(0x3f82, HalfPrecision.floatToBf16(Float.intBitsToFloat(0x3f818000)) & 0xffff, "tie to even");
        assertEquals(0x3f81, HalfPrecision.floatToBf16(Float.intBitsToFloat(0x3f808001)) & 0xffff);
        assertEquals(0x7f80, HalfPrecision.floatToBf16(Float.POSITIVE_INFINITY) & 0xffff);
        assertTrue(Float.isNaN(HalfPrecision.bf16ToFloat(HalfPrecision.floatToBf16(Float.intBitsToFloat(0x7fffffff)))));
        assertEquals(1.0f, HalfPrecision.bf16ToFloat((short) 0x3f80));
    }
}
