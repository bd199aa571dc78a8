package io.aisle.llm.runtime;

/**
 * The rotary embedding's inverse frequencies, computed like transformers' rope initialisers:
 * {@code 1 / theta^(2i/d)} in float32, then adjusted by the config's rope_scaling ("linear"
 * divides them by factor, which is dividing positions by factor; "llama3" divides only the low
 * frequencies and blends the band in between, as in {@code _compute_llama3_parameters}).
 */
final class RopeFrequencies {

    private RopeFrequencies() {
    }

    static float[] inverse(ModelConfig config) {
        int dim = config.headDim();
        float[] inverse = new float[dim / 2];
        float base = (float) config.ropeTheta();
        for (int i = 0; i < inverse.length; i++) {
            float exponent = (float) (2 * i) / dim;
            inverse[i] = 1.0f / (float) Math.pow(base, exponent);
        }
        RopeScaling scaling = config.ropeScaling();
        if (scaling == null) {
            return inverse;
        }
        if (scaling.type().equals(RopeScaling.LINEAR)) {
            for (int i = 0; i < inverse.length; i++) {
                inverse[i] = (float) (inverse[i] / scaling.factor());
            }
            return inverse;
        }
        return llama3(inverse, scaling);
    }

    private static float[] llama3(float[] inverse, RopeScaling scaling) {
        double oldContext = scaling.originalMaxPositionEmbeddings();
        double lowFreqWavelength = oldContext / scaling.lowFreqFactor();
        double highFreqWavelength = oldContext / scaling.highFreqFactor();
        float[] scaled = new float[inverse.length];
        for (int i = 0; i < inverse.length; i++) {
            double wavelength = 2 * Math.PI / inverse[i];
            if (wavelength < highFreqWavelength) {
                scaled[i] = inverse[i];
            } else if (wavelength > lowFreqWavelength) {
                scaled[i] = (float) (inverse[i] / scaling.factor());
            } else {
                double smooth = (oldContext / wavelength - scaling.lowFreqFactor())
                        / (scaling.highFreqFactor() - scaling.lowFreqFactor());
                scaled[i] = (float) ((1 - smooth) * inverse[i] / scaling.factor() + smooth * inverse[i]);
            }
        }
        return scaled;
    }
}
