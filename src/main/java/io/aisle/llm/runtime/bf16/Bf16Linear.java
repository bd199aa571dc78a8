package io.aisle.llm.runtime.bf16;

/**
 * A linear layer y = W x + b whose weights stay BF16 (2 bytes each) and whose arithmetic is fp32:
 * what one decoded token needs of a projection, at half the memory traffic of fp32 weights.
 * Construct only when {@link VectorSupport#available()}.
 */
public final class Bf16Linear {

    private final Bf16Rows weights;
    private final float[] bias;
    private final RowWorkers workers;

    /** @param bias one value per row, or null */
    public Bf16Linear(Bf16Rows weights, float[] bias, RowWorkers workers) {
        if (bias != null && bias.length != weights.rows()) {
            throw new IllegalArgumentException("bias has " + bias.length + " values for " + weights.rows() + " rows");
        }
        this.weights = weights;
        this.bias = bias;
        this.workers = workers;
    }

    public float[] apply(float[] x) {
        if (x.length != weights.columns()) {
            throw new IllegalArgumentException("x has " + x.length + " values for " + weights.columns() + " columns");
        }
        int pairs = weights.pairsPerRow();
        float[] even = new float[pairs];
        float[] odd = new float[pairs];
        for (int k = 0; k < pairs; k++) {
            even[k] = x[2 * k];
            odd[k] = 2 * k + 1 < x.length ? x[2 * k + 1] : 0;
        }
        float[] y = new float[weights.rows()];
        workers.run(y.length, (from, to) -> Bf16Gemv.multiply(weights, even, odd, y, from, to));
        if (bias != null) {
            for (int r = 0; r < y.length; r++) {
                y[r] += bias[r];
            }
        }
        return y;
    }

    public float[] bias() {
        return bias;
    }

    public RowWorkers workers() {
        return workers;
    }

    public Bf16Rows weights() {
        return weights;
    }
}
