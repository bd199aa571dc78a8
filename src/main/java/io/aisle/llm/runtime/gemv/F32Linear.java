package io.aisle.llm.runtime.gemv;

/**
 * A linear layer over fp32 weights held off-heap ({@link F32Rows}, the memory PyTorch's array of
 * the same matrix reads): one decoded token's product, in Java so that its rows split over the
 * runtime's threads (PyTorch's decode barely speeds up with a second thread).
 */
public final class F32Linear extends DecodeLinear<F32Rows> {

    /** @param bias one value per row, or null */
    public F32Linear(F32Rows weights, float[] bias, RowWorkers workers) {
        super(weights, bias, workers);
    }

    @Override
    protected void multiply(float[] x, float[] y) {
        workers().run(y.length, (from, to) -> F32Gemv.multiply(weights(), x, y, from, to));
    }
}
