package io.aisle.llm.runtime;

import io.aisle.llm.runtime.bf16.RowWorkers;
import io.aisle.llm.runtime.bf16.VectorSupport;
import io.aisle.llm.runtime.safetensors.SafetensorsWeights;
import org.jboss.logging.Logger;

/**
 * The rule for decoding from BF16: on the CPU, when the files store every projection and the output
 * head in BF16 and the JVM has the Vector API ({@code --add-modules jdk.incubator.vector}), decoded
 * tokens multiply by the 2-byte weights in Java; PyTorch cannot (DJL aborts on BF16 arrays, and torch
 * has no fp32 x bf16 product), so otherwise it reads them widened to 4 bytes. F32 and F16 files keep
 * PyTorch's path: with 4-byte weights both read the same bytes.
 */
final class Bf16Decoding {

    private static final Logger LOG = Logger.getLogger(Bf16Decoding.class);

    private Bf16Decoding() {
    }

    /** The BF16 weights for decoding, or null when the rule says PyTorch's fp32 path. */
    static Bf16Weights load(SafetensorsWeights source, ModelConfig config, RuntimeOptions options) {
        if (options.gpu() || !Bf16WeightLoader.stored(source, config)) {
            return null;
        }
        if (!VectorSupport.available()) {
            LOG.warn("BF16 weights are decoded as fp32 through PyTorch (twice the memory traffic): start the JVM with "
                    + "--add-modules jdk.incubator.vector to decode from BF16 in Java");
            return null;
        }
        RowWorkers workers = new RowWorkers(options.threads());
        try {
            return Bf16WeightLoader.load(source, config, workers);
        } catch (RuntimeException e) {
            workers.close();
            throw e;
        }
    }
}
