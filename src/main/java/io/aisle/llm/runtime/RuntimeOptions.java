package io.aisle.llm.runtime;

/**
 * How to run a model.
 *
 * @param device "cpu" (fp32, the tested path) or "gpu" (weights in fp16 on the first CUDA device;
 *               needs the pytorch-native-cu* artifact and cannot be tested on this project's machines)
 * @param maxContext the most positions any sequence may hold; at most the model's max_position_embeddings
 * @param threads PyTorch intra-op threads of the thread that generates (the rest of the process keeps
 *                its own setting); decoding is bound by memory bandwidth, so more threads help only
 *                while one core cannot saturate it; also the threads of the BF16 decoding kernel
 * @param fp32PrefillCopyMaxBytes a model stored in BF16 keeps an fp32 copy of its projections for prefill
 *                (PyTorch's matrix product needs fp32) when that copy takes at most this many bytes; a larger
 *                model widens one projection at a time during each prefill instead (less memory, longer
 *                time to first token)
 */
public record RuntimeOptions(String device, int maxContext, int threads, long fp32PrefillCopyMaxBytes) {

    public static final long DEFAULT_FP32_PREFILL_COPY_MAX_BYTES = 2048L << 20;

    public RuntimeOptions {
        if (!device.equals("cpu") && !device.equals("gpu")) {
            throw new IllegalArgumentException("device must be cpu or gpu, got " + device);
        }
        if (maxContext < 1) {
            throw new IllegalArgumentException("maxContext must be positive, got " + maxContext);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive, got " + threads);
        }
        if (fp32PrefillCopyMaxBytes < 0) {
            throw new IllegalArgumentException("fp32PrefillCopyMaxBytes must not be negative, got " + fp32PrefillCopyMaxBytes);
        }
    }

    public RuntimeOptions(String device, int maxContext, int threads) {
        this(device, maxContext, threads, DEFAULT_FP32_PREFILL_COPY_MAX_BYTES);
    }

    public static RuntimeOptions cpu(int maxContext) {
        return new RuntimeOptions("cpu", maxContext, 1);
    }

    public boolean gpu() {
        return device.equals("gpu");
    }
}
