package io.aisle.llm.runtime.gemv;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The SwiGLU of one decoded token, silu(gate) * up, on the Vector API: an exponential per element of
 * the intermediate size took about 4.5 ms of CPU a token at 0.5B's size with {@code Math.exp}, against
 * about 0.3 ms for the vector exponential (within an ulp or so of it). Construct nothing; call only when
 * {@link VectorSupport#available()}.
 */
public final class SwiGlu {

    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;

    private SwiGlu() {
    }

    /**
     * @param gateUp the gate projection's outputs, then the up projection's: [2 * intermediate]
     * @return gate / (1 + exp(-gate)) * up, [intermediate]
     */
    public static float[] apply(float[] gateUp) {
        int intermediate = gateUp.length / 2;
        float[] hidden = new float[intermediate];
        int vectorEnd = FLOATS.loopBound(intermediate);
        int i = 0;
        for (; i < vectorEnd; i += FLOATS.length()) {
            FloatVector gate = FloatVector.fromArray(FLOATS, gateUp, i);
            gate.div(gate.neg().lanewise(VectorOperators.EXP).add(1f))
                    .mul(FloatVector.fromArray(FLOATS, gateUp, intermediate + i)).intoArray(hidden, i);
        }
        for (; i < intermediate; i++) {
            float gate = gateUp[i];
            hidden[i] = gate / (1 + (float) Math.exp(-gate)) * gateUp[intermediate + i];
        }
        return hidden;
    }
}
