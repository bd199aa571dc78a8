package io.aisle.llm.runtime.gemv;

/**
 * A linear layer y = W x + b for one decoded token, computed in Java with fp32 arithmetic: one
 * matrix-vector product that reads every weight once, its rows split over {@link RowWorkers}. The
 * subclasses differ only in how W is stored (and so in the bytes each weight costs to read).
 * Construct only when {@link VectorSupport#available()}.
 */
public abstract class DecodeLinear<W extends WeightMatrix> {

    private final W weights;
    private final float[] bias;
    private final RowWorkers workers;

    /** @param bias one value per row, or null */
    protected DecodeLinear(W weights, float[] bias, RowWorkers workers) {
        if (bias != null && bias.length != weights.rows()) {
            throw new IllegalArgumentException("bias has " + bias.length + " values for " + weights.rows() + " rows");
        }
        this.weights = weights;
        this.bias = bias;
        this.workers = workers;
    }

    public final float[] apply(float[] x) {
        if (x.length != weights.columns()) {
            throw new IllegalArgumentException("x has " + x.length + " values for " + weights.columns() + " columns");
        }
        float[] y = new float[weights.rows()];
        multiply(x, y);
        if (bias != null) {
            for (int r = 0; r < y.length; r++) {
                y[r] += bias[r];
            }
        }
        return y;
    }

    /** y = W x, every row of y written (through {@link #workers()}). */
    protected abstract void multiply(float[] x, float[] y);

    public final W weights() {
        return weights;
    }

    public final int rows() {
        return weights.rows();
    }

    public final int columns() {
        return weights.columns();
    }

    public final float[] bias() {
        return bias;
    }

    public final RowWorkers workers() {
        return workers;
    }
}
