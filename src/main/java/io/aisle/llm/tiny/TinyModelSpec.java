package io.aisle.llm.tiny;

import io.aisle.llm.runtime.ModelConfig;
import io.aisle.llm.runtime.safetensors.TensorDType;
import java.util.List;

/**
 * The shape of a generated random model. Qwen2 specs get Qwen2.5's rope (theta 1e6, no scaling),
 * Llama specs Llama 3.2's (theta 5e5, llama3 scaling with its original context a sixteenth of
 * maxPositions, as 8192 is of 131072).
 *
 * @param architecture {@link ModelConfig#QWEN2} or {@link ModelConfig#LLAMA}
 * @param shards 1 for a single model.safetensors, more for an index and numbered shard files
 * @param bosTokenId and eosTokenIds must match the tokenizer written next to the model
 */
public record TinyModelSpec(String architecture, int vocabSize, int hidden, int intermediate, int layers, int heads,
        int kvHeads, int maxPositions, boolean tied, TensorDType dtype, int shards, long seed, int bosTokenId,
        List<Integer> eosTokenIds) {

    public TinyModelSpec {
        if (!architecture.equals(ModelConfig.QWEN2) && !architecture.equals(ModelConfig.LLAMA)) {
            throw new IllegalArgumentException("Unsupported architecture " + architecture);
        }
        if (hidden % heads != 0 || heads % kvHeads != 0 || (hidden / heads) % 2 != 0) {
            throw new IllegalArgumentException("hidden, heads and kvHeads must divide evenly into even head widths");
        }
        if (shards < 1) {
            throw new IllegalArgumentException("shards must be positive");
        }
        eosTokenIds = List.copyOf(eosTokenIds);
    }

    /** Qwen2 with biases and a tied head: hidden 64, 2 layers, 4 heads sharing 2 kv heads. */
    public static TinyModelSpec tinyQwen2() {
        return new TinyModelSpec(ModelConfig.QWEN2, 512, 64, 160, 2, 4, 2, 1024, true, TensorDType.F32, 1, 42,
                509, List.of(510));
    }

    /** Llama with llama3 rope scaling and an untied head: hidden 64, 3 layers, 4 heads sharing 2 kv heads. */
    public static TinyModelSpec tinyLlama() {
        return new TinyModelSpec(ModelConfig.LLAMA, 384, 64, 128, 3, 4, 2, 1024, false, TensorDType.F32, 1, 7,
                380, List.of(381, 382, 383));
    }

    /** Qwen2.5-0.5B-Instruct's shape and special tokens, in BF16 as published: for benchmarks. */
    public static TinyModelSpec qwen2_0_5b_shape() {
        return new TinyModelSpec(ModelConfig.QWEN2, 151936, 896, 4864, 24, 14, 2, 32768, true, TensorDType.BF16, 1, 2025,
                151643, List.of(151645));
    }

    public boolean isQwen2() {
        return architecture.equals(ModelConfig.QWEN2);
    }

    public int headDim() {
        return hidden / heads;
    }

    public double ropeTheta() {
        return isQwen2() ? 1_000_000.0 : 500_000.0;
    }

    public int originalMaxPositions() {
        return Math.max(1, maxPositions / 16);
    }

    public TinyModelSpec withDtype(TensorDType newDtype) {
        return new TinyModelSpec(architecture, vocabSize, hidden, intermediate, layers, heads, kvHeads, maxPositions,
                tied, newDtype, shards, seed, bosTokenId, eosTokenIds);
    }

    public TinyModelSpec withShards(int newShards) {
        return new TinyModelSpec(architecture, vocabSize, hidden, intermediate, layers, heads, kvHeads, maxPositions,
                tied, dtype, newShards, seed, bosTokenId, eosTokenIds);
    }

    public TinyModelSpec withSeed(long newSeed) {
        return new TinyModelSpec(architecture, vocabSize, hidden, intermediate, layers, heads, kvHeads, maxPositions,
                tied, dtype, shards, newSeed, bosTokenId, eosTokenIds);
    }

    /** The same model with another vocabulary and special tokens, to fit a tokenizer. */
    public TinyModelSpec withVocabulary(int newVocabSize, int newBos, List<Integer> newEos) {
        return new TinyModelSpec(architecture, newVocabSize, hidden, intermediate, layers, heads, kvHeads, maxPositions,
                tied, dtype, shards, seed, newBos, newEos);
    }
}
