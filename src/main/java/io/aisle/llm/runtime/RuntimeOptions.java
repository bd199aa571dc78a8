package io.aisle.llm.runtime;

/**
 * How to run a model.
 *
 * @param device "cpu" (fp32, the tested path) or "gpu" (weights in fp16 on the first CUDA device;
 *               needs the pytorch-native-cu* artifact and cannot be tested on this project's machines)
 * @param maxContext the most positions any sequence may hold; at most the model's max_position_embeddings
 */
public record RuntimeOptions(String device, int maxContext) {

    public RuntimeOptions {
        if (!device.equals("cpu") && !device.equals("gpu")) {
            throw new IllegalArgumentException("device must be cpu or gpu, got " + device);
        }
        if (maxContext < 1) {
            throw new IllegalArgumentException("maxContext must be positive, got " + maxContext);
        }
    }

    public static RuntimeOptions cpu(int maxContext) {
        return new RuntimeOptions("cpu", maxContext);
    }

    public boolean gpu() {
        return device.equals("gpu");
    }
}
