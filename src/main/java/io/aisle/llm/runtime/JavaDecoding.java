package io.aisle.llm.runtime;

import ai.djl.ndarray.NDManager;
import io.aisle.llm.runtime.gemv.RowWorkers;
import io.aisle.llm.runtime.gemv.VectorSupport;
import io.aisle.llm.runtime.safetensors.SafetensorsWeights;
import io.aisle.llm.runtime.safetensors.TensorDType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The rule for where a decoded token runs (prefill always runs on PyTorch): where its matrix products
 * run in Java, so does the rest of its step ({@link JavaDecodeStep}: norms, rotary embeddings, attention
 * over the KV cache, SwiGLU), which leaves no DJL call per layer. On the CPU, with the
 * Vector API ({@code --add-modules jdk.incubator.vector}), when the files store the embedding table,
 * every projection and the output head:
 * <ul>
 * <li>in BF16: always in Java, on the 2-byte weights. PyTorch cannot (DJL aborts on BF16 arrays, and
 * torch has no fp32 x bf16 product), so it would read them widened to 4 bytes.</li>
 * <li>in F32 or F16 (widened to fp32 at load): in Java only with more than one thread, on the fp32
 * weights PyTorch holds (the same memory, not a copy). PyTorch's decode barely gains from a second
 * thread (quiet benchmark: 4.56 to 4.92 tokens/s), where decoding around a Java kernel did (BF16: 5.70
 * to 9.53), so from two threads the rows are split in Java. With one thread PyTorch's product is
 * faster (measured alone: 8.9 GB/s of weights against the Java kernel's 7.5, see docs/llm.md), so it
 * keeps that case.</li>
 * </ul>
 * Otherwise (a GPU, mixed types, or no Vector API, which is logged once) PyTorch decodes.
 */
final class JavaDecoding {

    private static final Logger LOG = Logger.getLogger(JavaDecoding.class);
    private static final int MIN_THREADS_FOR_FP32 = 2;

    private JavaDecoding() {
    }

    static LoadedWeights load(SafetensorsWeights source, ModelConfig config, RuntimeOptions options, NDManager manager) {
        Precision precision = Precision.of(options);
        DecodePath path = choose(source, config, options);
        if (path == DecodePath.PYTORCH) {
            return new LoadedWeights(new WeightLoader(source, config, manager, precision, false, true).load(), null, null, path);
        }
        RowWorkers workers = new RowWorkers(options.threads());
        try {
            if (path == DecodePath.JAVA_BF16) {
                Bf16Weights bf16 = Bf16WeightLoader.load(source, config, workers);
                boolean fp32Projections = bf16.projectionFp32Bytes() <= options.fp32PrefillCopyMaxBytes();
                ModelWeights weights = new WeightLoader(source, config, manager, precision, true, fp32Projections).load();
                return new LoadedWeights(weights, bf16.decode(), bf16, path);
            }
            WeightLoader loader = new WeightLoader(source, config, manager, precision, false, true);
            ModelWeights weights = loader.load();
            return new LoadedWeights(weights, F32DecodeWeights.of(weights, loader, workers), null, path);
        } catch (RuntimeException e) {
            workers.close();
            throw e;
        }
    }

    static DecodePath choose(SafetensorsWeights source, ModelConfig config, RuntimeOptions options) {
        if (options.gpu()) {
            return DecodePath.PYTORCH;
        }
        DecodePath wanted = storedAs(source, config, EnumSet.of(TensorDType.BF16)) ? DecodePath.JAVA_BF16
                : options.threads() >= MIN_THREADS_FOR_FP32 && storedAs(source, config, EnumSet.of(TensorDType.F32, TensorDType.F16))
                        ? DecodePath.JAVA_FP32 : DecodePath.PYTORCH;
        if (wanted != DecodePath.PYTORCH && !VectorSupport.available()) {
            LOG.warnf("Decoding through PyTorch in fp32 (%s): start the JVM with --add-modules jdk.incubator.vector to "
                    + "decode in Java", wanted == DecodePath.JAVA_BF16 ? "twice the memory traffic of the BF16 weights"
                            : "its decode barely speeds up with " + options.threads() + " threads");
            return DecodePath.PYTORCH;
        }
        return wanted;
    }

    /** True when the embedding table, every projection and the output head are stored in one of the types. */
    private static boolean storedAs(SafetensorsWeights source, ModelConfig config, Set<TensorDType> types) {
        List<String> names = new ArrayList<>(List.of("model.embed_tokens.weight",
                config.tieWordEmbeddings() ? "model.embed_tokens.weight" : "lm_head.weight"));
        for (int i = 0; i < config.numHiddenLayers(); i++) {
            String p = "model.layers." + i + ".";
            names.addAll(List.of(p + "self_attn.q_proj.weight", p + "self_attn.k_proj.weight", p + "self_attn.v_proj.weight",
                    p + "self_attn.o_proj.weight", p + "mlp.gate_proj.weight", p + "mlp.up_proj.weight", p + "mlp.down_proj.weight"));
        }
        return names.stream().allMatch(n -> source.contains(n) && types.contains(source.entry(n).dtype()));
    }
}
