package io.aisle.llm.runtime.safetensors;

import java.util.Arrays;

/** One tensor of a safetensors file: its type, shape and byte range within the data section. */
public record TensorEntry(String name, TensorDType dtype, long[] shape, long begin, long end) {

    public long elementCount() {
        return Arrays.stream(shape).reduce(1, Math::multiplyExact);
    }

    void checkConsistent() {
        if (end - begin != elementCount() * dtype.bytes()) {
            throw new IllegalArgumentException("Tensor " + name + " of shape " + Arrays.toString(shape) + " and "
                    + dtype + " spans " + (end - begin) + " bytes");
        }
    }
}
