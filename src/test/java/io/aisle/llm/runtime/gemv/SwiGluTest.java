package io.aisle.llm.runtime.gemv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The vector SwiGLU against silu(gate) * up in doubles, at sizes with and without a scalar tail, with large gates. */
class SwiGluTest {

    @ParameterizedTest(name = "intermediate {0}")
    @ValueSource(ints = {1, 7, 16, 33, 4864})
    void matchesSiluOfTheGateTimesUp(int intermediate) {
        Random random = new Random(intermediate);
        float[] gateUp = new float[2 * intermediate];
        for (int i = 0; i < gateUp.length; i++) {
            gateUp[i] = (float) (random.nextGaussian() * (i % 5 == 0 ? 40 : 3));
        }
        float[] hidden = SwiGlu.apply(gateUp);
        assertEquals(intermediate, hidden.length);
        for (int i = 0; i < intermediate; i++) {
            double gate = gateUp[i];
            double expected = gate / (1 + Math.exp(-gate)) * gateUp[intermediate + i];
            assertEquals(expected, hidden[i], 1e-6 * Math.max(1, Math.abs(expected)), "element " + i);
        }
    }
}
