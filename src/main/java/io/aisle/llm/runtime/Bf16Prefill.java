package io.aisle.llm.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import io.aisle.llm.runtime.gemv.Bf16Linear;
import io.aisle.llm.runtime.gemv.Bf16Rows;
import io.aisle.llm.runtime.gemv.DecodeLinear;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.List;

/**
 * fp32 weights for a prefill (many tokens at once), which PyTorch's matrix product needs: one
 * projection at a time is widened from BF16 into a single reused off-heap buffer and handed to
 * PyTorch, instead of holding an fp32 copy of every weight (twice the BF16 memory) for the
 * model's life. The price is one widening pass over the weights per prefill.
 */
final class Bf16Prefill {

    private final ByteBuffer scratch;

    Bf16Prefill(List<DecodeWeights.Layer> layers) {
        long largest = 0;
        for (DecodeWeights.Layer layer : layers) {
            for (DecodeLinear<?> linear : layer.projections()) {
                largest = Math.max(largest, (long) linear.rows() * linear.columns());
            }
        }
        this.scratch = ByteBuffer.allocateDirect(Math.toIntExact(largest * Float.BYTES)).order(ByteOrder.nativeOrder());
    }

    /**
     * x W^T + b with W widened for this call; the widened array is closed before returning, so the
     * buffer is free for the next projection (synchronized: sequences of one model may prefill at once).
     */
    synchronized NDArray project(NDArray x, DecodeLinear<?> linear, NDArray bias) {
        if (!(linear instanceof Bf16Linear bf16)) {
            throw new IllegalStateException("Only BF16 projections are held without an fp32 array");
        }
        Bf16Rows w = bf16.weights();
        ByteBuffer bytes = scratch.slice(0, w.rows() * w.columns() * Float.BYTES).order(ByteOrder.nativeOrder());
        FloatBuffer floats = bytes.asFloatBuffer();
        linear.workers().run(w.rows(), (from, to) -> w.widenRows(from, to, floats));
        NDManager step = x.getManager();
        try (NDArray weight = step.create(bytes, new Shape(w.rows(), w.columns()), DataType.FLOAT32)) {
            return Linear.linear(x, weight, bias).singletonOrThrow();
        }
    }
}
