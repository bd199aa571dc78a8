package io.aisle.llm.runtime;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.BaseNDManager;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import io.aisle.common.djl.PyTorchEngine;
import io.aisle.llm.runtime.safetensors.SafetensorsWeights;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Llama or Qwen2 decoder-only model run with DJL on PyTorch, loaded from a Hugging Face folder
 * (config.json + safetensors). The weights live in one long-lived manager; each sequence owns its
 * KV cache and each forward step a sub-manager that frees the step's intermediate arrays.
 */
public final class DjlCausalLm implements CausalLm {

    private final ModelConfig config;
    private final RuntimeOptions options;
    private final NDManager manager;
    private final Precision precision;
    private final ModelWeights weights;
    private final List<DecoderLayer> layers;
    private final RotaryEmbedding rotary;
    private final LoadedWeights loaded;
    /** Null when PyTorch decodes. */
    private final JavaDecodeStep javaDecode;

    private DjlCausalLm(ModelConfig config, RuntimeOptions options, NDManager manager, LoadedWeights loaded) {
        this.config = config;
        this.options = options;
        this.manager = manager;
        this.precision = Precision.of(options);
        this.weights = loaded.pytorch();
        this.loaded = loaded;
        DecodeWeights decode = loaded.decode();
        Bf16Prefill widening = loaded.bf16() == null ? null : loaded.bf16().prefill();
        List<DecoderLayer> built = new ArrayList<>();
        for (int i = 0; i < config.numHiddenLayers(); i++) {
            built.add(new DecoderLayer(weights.layers().get(i), decode == null ? null : decode.layers().get(i), widening, config,
                    precision));
        }
        this.layers = List.copyOf(built);
        this.rotary = new RotaryEmbedding(config, options.maxContext(), manager, precision);
        this.javaDecode = decode == null ? null : new JavaDecodeStep(weights, decode, rotary, config);
    }

    public static DjlCausalLm load(Path modelDir, RuntimeOptions options) {
        ModelConfig config = ModelConfig.read(modelDir);
        if (options.maxContext() > config.maxPositionEmbeddings()) {
            throw new IllegalArgumentException("maxContext " + options.maxContext() + " exceeds the model's "
                    + "max_position_embeddings " + config.maxPositionEmbeddings());
        }
        Engine engine = PyTorchEngine.get();
        NDManager manager = engine.newBaseManager(options.gpu() ? Device.gpu() : Device.cpu());
        try (SafetensorsWeights source = SafetensorsWeights.open(modelDir)) {
            return new DjlCausalLm(config, options, manager, JavaDecoding.load(source, config, options, manager));
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    @Override
    public ModelConfig config() {
        return config;
    }

    public RuntimeOptions options() {
        return options;
    }

    @Override
    public DjlSequence newSequence(int maxTokens) {
        if (maxTokens < 1 || maxTokens > options.maxContext()) {
            throw new IllegalArgumentException("maxTokens must be in [1, " + options.maxContext() + "], got " + maxTokens);
        }
        NDManager sequenceManager = manager.newSubManager();
        List<KvCache> caches = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            caches.add(new KvCache(config, maxTokens, sequenceManager, precision));
        }
        return new DjlSequence(this, sequenceManager, caches, maxTokens);
    }

    /** Arrays held by the model and its open sequences: constant across appends unless a step leaks. */
    int liveArrays() {
        return ((BaseNDManager) manager).getManagedArrays().size();
    }

    NDManager newStep() {
        return manager.newSubManager();
    }

    /** The logits after the last of tokens, appended at positions [start, start + tokens); a decoded token in Java if it may. */
    float[] lastLogits(int[] tokens, List<KvCache> caches, int start, NDManager step) {
        if (javaDecode != null && tokens.length == 1) {
            checkVocabulary(tokens);
            return javaDecode.logits(embed(tokens, step).toFloatArray(), caches, start);
        }
        NDArray hidden = hidden(tokens, caches, start, step);
        return logits(hidden.get("{}:", tokens.length - 1));
    }

    /** Runs tokens at positions [start, start + tokens) through the layers; [tokens, hidden], normalised. */
    NDArray hidden(int[] tokens, List<KvCache> caches, int start, NDManager step) {
        checkVocabulary(tokens);
        NDArray x = embed(tokens, step);
        RotaryEmbedding.Angles angles = rotary.at(start, tokens.length, step);
        NDArray mask = tokens.length > 1 ? CausalMask.of(start, tokens.length, step, precision) : null;
        for (int i = 0; i < layers.size(); i++) {
            x = layers.get(i).forward(x, caches.get(i), start, angles, mask);
        }
        return DecoderLayer.rmsNorm(x, weights.finalNorm(), precision, (float) config.rmsNormEps());
    }

    private void checkVocabulary(int[] tokens) {
        for (int token : tokens) {
            if (token < 0 || token >= config.vocabSize()) {
                throw new IllegalArgumentException("Token " + token + " is outside the vocabulary [0, " + config.vocabSize() + ")");
            }
        }
    }

    private NDArray embed(int[] tokens, NDManager step) {
        if (loaded.bf16() != null) {
            return loaded.bf16().embed(tokens, step);
        }
        NDArray ids = step.create(tokens, new Shape(tokens.length));
        NDArray x = Embedding.embedding(ids, weights.embedTokens(), SparseFormat.DENSE).singletonOrThrow();
        x.attach(step);
        return x;
    }

    /** Where decoded tokens' matrix products run (see {@link JavaDecoding}). */
    public DecodePath decodePath() {
        return loaded.path();
    }

    /**
     * Logits over the vocabulary for each row of hidden, as float32 row-major [rows, vocab]: a decoded
     * token's by the Java kernel when it decodes; many rows by PyTorch unless it holds no head (BF16).
     */
    float[] logits(NDArray hidden) {
        if (loaded.decode() != null && (hidden.getShape().get(0) == 1 || weights.lmHead() == null)) {
            return loaded.decode().logits(hidden);
        }
        NDArray logits = Linear.linear(hidden, weights.lmHead()).singletonOrThrow();
        return precision.toFloat32(logits).toFloatArray();
    }

    @Override
    public void close() {
        if (loaded.decode() != null) {
            loaded.decode().close();
        }
        manager.close();
    }
}
