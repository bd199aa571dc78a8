package io.aisle.llm.runtime;

/**
 * How to run a model.
 *
 * @param device "cpu" (fp32, the tested path) or "gpu" (weights in fp16 on the first CUDA device;
 *               needs the pytorch-native-cu* artifact and cannot be tested on this project's machines)
 * @param maxContext the most positions any sequence may hold; at most the model's max_position_embeddings
 * @param threads PyTorch intra-op threads of the thread that generates (the rest of the process keeps
 *                its own setting); decoding is bound by memory bandwidth, so more threads help only
 *                while one core cannot saturate it
 */
public record RuntimeOptions(String device, int maxContext, int threads) {

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
    }

    public static RuntimeOptions cpu(int maxContext) {
        return new RuntimeOptions("cpu", maxContext, 1);
    }

    public boolean gpu() {
        return device.equals("gpu");
    }
}
