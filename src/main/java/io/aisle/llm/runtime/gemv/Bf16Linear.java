package io.aisle.llm.runtime.gemv;

/**
 * A linear layer whose weights stay BF16 (2 bytes each) and whose arithmetic is fp32: what one
 * decoded token needs of a projection, at half the memory traffic of fp32 weights.
 */
public final class Bf16Linear extends DecodeLinear<Bf16Rows> {

    /** @param bias one value per row, or null */
    public Bf16Linear(Bf16Rows weights, float[] bias, RowWorkers workers) {
        super(weights, bias, workers);
    }

    @Override
    protected void multiply(float[] x, float[] y) {
        // the kernel multiplies a pair's low half by x's even columns and its high half by the odd ones
        Bf16Rows weights = weights();
        int pairs = weights.pairsPerRow();
        float[] even = new float[pairs];
        float[] odd = new float[pairs];
        for (int k = 0; k < pairs; k++) {
            even[k] = x[2 * k];
            odd[k] = 2 * k + 1 < x.length ? x[2 * k + 1] : 0;
        }
        workers().run(y.length, (from, to) -> Bf16Gemv.multiply(weights, even, odd, y, from, to));
    }
}
