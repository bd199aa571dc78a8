package io.aisle.llm.runtime;

import io.aisle.llm.runtime.safetensors.SafetensorsWeights;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * An independent forward pass of a Llama / Qwen2 decoder written from transformers'
 * modeling_llama.py and modeling_qwen2.py with plain arrays and double arithmetic: no cache, every
 * position recomputed from scratch, one loop per formula. Slow, obvious, and the yardstick the
 * DJL runtime is measured against.
 */
final class ReferenceTransformer {

    private final ModelConfig c;
    private final Map<String, float[]> weights = new HashMap<>();
    private final double[] inverseFrequencies;

    ReferenceTransformer(Path modelDir) {
        this.c = ModelConfig.read(modelDir);
        try (SafetensorsWeights file = SafetensorsWeights.open(modelDir)) {
            file.names().forEach(name -> weights.put(name, file.read(name)));
        }
        this.inverseFrequencies = inverseFrequencies();
    }

    /** Logits after every position of the token list, [tokens][vocab]. */
    float[][] logits(int[] tokens) {
        int n = tokens.length;
        int hidden = c.hiddenSize();
        double[][] x = new double[n][];
        float[] embed = weight("model.embed_tokens.weight");
        for (int t = 0; t < n; t++) {
            x[t] = new double[hidden];
            for (int i = 0; i < hidden; i++) {
                x[t][i] = embed[tokens[t] * hidden + i];
            }
        }
        for (int layer = 0; layer < c.numHiddenLayers(); layer++) {
            String p = "model.layers." + layer + ".";
            double[][] attention = attention(normAll(x, p + "input_layernorm.weight"), p + "self_attn.");
            addInPlace(x, attention);
            double[][] normed = normAll(x, p + "post_attention_layernorm.weight");
            double[][] mlp = new double[n][];
            for (int t = 0; t < n; t++) {
                mlp[t] = mlp(normed[t], p + "mlp.");
            }
            addInPlace(x, mlp);
        }
        double[][] last = normAll(x, "model.norm.weight");
        String head = weights.containsKey("lm_head.weight") && !c.tieWordEmbeddings() ? "lm_head.weight" : "model.embed_tokens.weight";
        float[][] logits = new float[n][];
        for (int t = 0; t < n; t++) {
            double[] row = project(last[t], head, null);
            logits[t] = new float[row.length];
            for (int v = 0; v < row.length; v++) {
                logits[t][v] = (float) row[v];
            }
        }
        return logits;
    }

    private double[][] attention(double[][] x, String prefix) {
        int n = x.length;
        int heads = c.numAttentionHeads();
        int kvHeads = c.numKeyValueHeads();
        int d = c.headDim();
        boolean qwen = c.architecture().equals("Qwen2ForCausalLM");
        boolean qkvBias = qwen || c.attentionBias();
        boolean oBias = !qwen && c.attentionBias();
        double[][] q = new double[n][];
        double[][] k = new double[n][];
        double[][] v = new double[n][];
        for (int t = 0; t < n; t++) {
            q[t] = rope(project(x[t], prefix + "q_proj.weight", qkvBias ? prefix + "q_proj.bias" : null), heads, t);
            k[t] = rope(project(x[t], prefix + "k_proj.weight", qkvBias ? prefix + "k_proj.bias" : null), kvHeads, t);
            v[t] = project(x[t], prefix + "v_proj.weight", qkvBias ? prefix + "v_proj.bias" : null);
        }
        double[][] out = new double[n][];
        for (int t = 0; t < n; t++) {
            double[] concatenated = new double[heads * d];
            for (int h = 0; h < heads; h++) {
                int kv = h / (heads / kvHeads); // repeat_kv: each kv head serves consecutive query heads
                double[] scores = new double[t + 1];
                double max = Double.NEGATIVE_INFINITY;
                for (int s = 0; s <= t; s++) {
                    double dot = 0;
                    for (int i = 0; i < d; i++) {
                        dot += q[t][h * d + i] * k[s][kv * d + i];
                    }
                    scores[s] = dot / Math.sqrt(d);
                    max = Math.max(max, scores[s]);
                }
                double sum = 0;
                for (int s = 0; s <= t; s++) {
                    scores[s] = Math.exp(scores[s] - max);
                    sum += scores[s];
                }
                for (int s = 0; s <= t; s++) {
                    for (int i = 0; i < d; i++) {
                        concatenated[h * d + i] += scores[s] / sum * v[s][kv * d + i];
                    }
                }
            }
            out[t] = project(concatenated, prefix + "o_proj.weight", oBias ? prefix + "o_proj.bias" : null);
        }
        return out;
    }

    private double[] mlp(double[] x, String prefix) {
        boolean bias = !c.architecture().equals("Qwen2ForCausalLM") && c.mlpBias();
        double[] gate = project(x, prefix + "gate_proj.weight", bias ? prefix + "gate_proj.bias" : null);
        double[] up = project(x, prefix + "up_proj.weight", bias ? prefix + "up_proj.bias" : null);
        double[] product = new double[gate.length];
        for (int i = 0; i < gate.length; i++) {
            double silu = gate[i] / (1 + Math.exp(-gate[i]));
            product[i] = silu * up[i];
        }
        return project(product, prefix + "down_proj.weight", bias ? prefix + "down_proj.bias" : null);
    }

    /** q * cos + rotate_half(q) * sin per head, rotate_half([a, b]) = [-b, a]. */
    private double[] rope(double[] vector, int heads, int position) {
        int d = c.headDim();
        int half = d / 2;
        double[] out = new double[vector.length];
        for (int h = 0; h < heads; h++) {
            for (int i = 0; i < half; i++) {
                double angle = position * inverseFrequencies[i];
                double a = vector[h * d + i];
                double b = vector[h * d + half + i];
                out[h * d + i] = a * Math.cos(angle) - b * Math.sin(angle);
                out[h * d + half + i] = b * Math.cos(angle) + a * Math.sin(angle);
            }
        }
        return out;
    }

    private double[] inverseFrequencies() {
        int d = c.headDim();
        double[] inverse = new double[d / 2];
        for (int i = 0; i < inverse.length; i++) {
            inverse[i] = 1 / Math.pow(c.ropeTheta(), 2.0 * i / d);
        }
        RopeScaling s = c.ropeScaling();
        for (int i = 0; s != null && i < inverse.length; i++) {
            if (s.type().equals("linear")) {
                inverse[i] /= s.factor();
                continue;
            }
            double wavelength = 2 * Math.PI / inverse[i];
            double lowFreqWavelength = s.originalMaxPositionEmbeddings() / s.lowFreqFactor();
            double highFreqWavelength = s.originalMaxPositionEmbeddings() / s.highFreqFactor();
            if (wavelength > lowFreqWavelength) {
                inverse[i] /= s.factor();
            } else if (wavelength >= highFreqWavelength) {
                double smooth = (s.originalMaxPositionEmbeddings() / wavelength - s.lowFreqFactor())
                        / (s.highFreqFactor() - s.lowFreqFactor());
                inverse[i] = (1 - smooth) * inverse[i] / s.factor() + smooth * inverse[i];
            }
        }
        return inverse;
    }

    private double[][] normAll(double[][] x, String weightName) {
        float[] weight = weight(weightName);
        double[][] out = new double[x.length][];
        for (int t = 0; t < x.length; t++) {
            double squares = 0;
            for (double value : x[t]) {
                squares += value * value;
            }
            double scale = 1 / Math.sqrt(squares / x[t].length + c.rmsNormEps());
            out[t] = new double[x[t].length];
            for (int i = 0; i < x[t].length; i++) {
                out[t][i] = x[t][i] * scale * weight[i];
            }
        }
        return out;
    }

    /** weight [out, in] times x, plus the bias when named. */
    private double[] project(double[] x, String weightName, String biasName) {
        float[] weight = weight(weightName);
        int in = x.length;
        int outputs = weight.length / in;
        float[] bias = biasName == null ? null : weight(biasName);
        double[] y = new double[outputs];
        for (int o = 0; o < outputs; o++) {
            double sum = bias == null ? 0 : bias[o];
            for (int i = 0; i < in; i++) {
                sum += weight[o * in + i] * x[i];
            }
            y[o] = sum;
        }
        return y;
    }

    private float[] weight(String name) {
        float[] values = weights.get(name);
        if (values == null) {
            throw new IllegalArgumentException("The model has no " + name);
        }
        return values;
    }

    private static void addInPlace(double[][] x, double[][] delta) {
        for (int t = 0; t < x.length; t++) {
            for (int i = 0; i < x[t].length; i++) {
                x[t][i] += delta[t][i];
            }
        }
    }
}
