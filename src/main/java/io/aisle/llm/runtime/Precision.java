package io.aisle.llm.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/**
 * The type activations and weights are computed in: float32 on the CPU, float16 on a GPU (the GPU
 * path is untested here: no GPU is available to this project). Norms and softmax always run in
 * float32, as transformers does, so on the CPU every conversion here is a no-op.
 */
record Precision(DataType compute) {

    static Precision of(RuntimeOptions options) {
        return new Precision(options.gpu() ? DataType.FLOAT16 : DataType.FLOAT32);
    }

    NDArray toFloat32(NDArray x) {
        return x.getDataType() == DataType.FLOAT32 ? x : x.toType(DataType.FLOAT32, false);
    }

    NDArray toCompute(NDArray x) {
        return x.getDataType() == compute ? x : x.toType(compute, false);
    }
}
